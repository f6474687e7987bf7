-- The closing instant whose 72-hour reminder went to the call's drafts: a later extension of the
-- deadline makes the reminder due again when the new instant nears.
alter table joint_call add column drafts_reminded_for timestamptz;
