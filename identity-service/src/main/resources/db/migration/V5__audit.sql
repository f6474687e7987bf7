-- Security events, append-only.
create table audit_event (
    id           bigserial    primary key,
    occurred_at  timestamptz  not null,
    type         varchar(40)  not null,
    actor        varchar(80),
    target       varchar(80),
    from_state   varchar(40),
    to_state     varchar(40),
    detail       varchar(500)
);
create index audit_event_type_idx on audit_event (type, id);
create index audit_event_target_idx on audit_event (target, id);
