-- who acted, as a person reads it: the name (or e-mail, or API client's name) the actor's token carried at the
-- time; null for the portal's own jobs and for entries written before this column existed
alter table audit_entry add column actor_name varchar(200);
