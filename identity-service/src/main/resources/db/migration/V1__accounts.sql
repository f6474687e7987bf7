-- People who sign in. Emails are stored lower-cased, so uniqueness is case-insensitive.
create table account (
    id              uuid primary key,
    email           varchar(254) not null,
    display_name    varchar(120) not null,
    country         varchar(2)   not null,
    password_hash   varchar(255) not null,
    roles           text[]       not null,
    agency_code     varchar(32),
    status          varchar(16)  not null check (status in ('ACTIVE', 'DISABLED')),
    failed_logins   integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint account_email_unique unique (email),
    constraint account_email_lower check (email = lower(email))
);
create index account_roles_idx on account using gin (roles);
