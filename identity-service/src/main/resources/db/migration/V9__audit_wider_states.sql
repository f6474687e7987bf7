-- A role change records the whole role set and agency as its from/to state, which can pass 40
-- characters (all five roles and an agency: 50): the insert failed and the change with it.
alter table audit_event alter column from_state type varchar(200);
alter table audit_event alter column to_state type varchar(200);
