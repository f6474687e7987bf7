-- Remembers which object a create made for (caller, operation, Idempotency-Key), so a retry gets it back.
create table idempotent_create (
    caller       varchar(300) not null,
    operation    varchar(40)  not null,
    idem_key     varchar(200) not null,
    resource_id  uuid         not null,
    created_at   timestamptz  not null,
    primary key (caller, operation, idem_key)
);
