-- idempotency keys expire (portal.idempotency.retention); the sweep deletes by age
create index idempotency_record_created on idempotency_record (created_at);
