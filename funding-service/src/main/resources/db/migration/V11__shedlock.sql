-- service-kit's OncePerPeriod (ShedLock): a scheduled job runs on one replica per period.
create table shedlock (
    name        varchar(200) primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);
