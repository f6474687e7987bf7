-- "approve-share:" or "refuse-share:" plus a 32-character agency code is 46 characters.
alter table audit_entry alter column action type varchar(60);
