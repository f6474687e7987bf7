-- what the portal itself said of a change, as values a reader words in its own language: "says" names the
-- sentence, the other keys are its values (the reason column keeps the same in English); null for reasons
-- people wrote and for entries written before this column existed
alter table audit_entry add column facts jsonb;
