-- service-kit's inbox names what an event created in the same column in every consuming service (nothing, here).
alter table processed_event add column created_id uuid;
-- the envelope's type may be 64 characters, as in mentorship
alter table processed_event alter column type type varchar(64);
