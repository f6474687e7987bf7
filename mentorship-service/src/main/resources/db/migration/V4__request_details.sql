-- funding-service's sectors are slugs of up to 60 characters: an award in such a sector still creates its request.
alter table mentoring_request alter column sector type varchar(60);
-- Who the startup is, for the mentor reading a proposal (the consortium lead's name, from the award).
alter table mentoring_request add column startup_name varchar(200);
