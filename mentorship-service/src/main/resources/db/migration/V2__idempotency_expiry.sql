-- idempotency keys expire (portal.idempotency.retention); the sweep deletes by age
create index idempotent_response_created on idempotent_response (created_at);
