-- A refresh-token family is one session (one login on one device): remember which client started or
-- last refreshed it, so its owner can tell their sessions apart and end the ones they do not know.
alter table refresh_token add column user_agent varchar(200);
