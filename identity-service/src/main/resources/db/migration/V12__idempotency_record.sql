-- Idempotency-Key as every service handles it (service-kit's Idempotency): the key is claimed
-- first, with a hash of the request, so a concurrent retry replays the first answer and the same
-- key with another body is refused. Keys kept by the old table expire within a day anyway.
drop table idempotent_create;

create table idempotency_record (
    caller        varchar(200) not null,
    key           varchar(200) not null,
    request_hash  varchar(64)  not null,
    status        int          not null,
    location      text,
    body          text         not null,
    etag          varchar(100),
    created_at    timestamptz  not null,
    primary key (caller, key)
);
create index idempotency_record_created on idempotency_record (created_at);
