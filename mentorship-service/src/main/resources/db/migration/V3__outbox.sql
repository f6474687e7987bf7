-- The outbox (service-kit): events written in the business transaction, one row per receiver,
-- delivered by the relay at least once, in order per aggregate and receiver.
create table outbox_event (
    seq              bigserial    primary key,
    id               uuid         not null,
    destination      varchar(40)  not null,
    aggregate_id     varchar(64)  not null,
    type             varchar(60)  not null,
    payload          text         not null,
    occurred_at      timestamptz  not null,
    status           varchar(20)  not null,
    attempts         int          not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       text,
    delivered_at     timestamptz,
    trace_parent     varchar(55),
    constraint outbox_event_id_destination unique (id, destination)
);
create index outbox_pending on outbox_event (status, destination, aggregate_id, seq);
create index outbox_delivered on outbox_event (delivered_at) where status = 'DELIVERED';
