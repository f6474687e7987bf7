-- service-kit's inbox names what an event created in the same column in every consuming service.
alter table processed_event rename column request_id to created_id;
