-- service-kit's Idempotency replays a create's ETag too (every service has the same table)
alter table idempotency_record add column etag varchar(100);
