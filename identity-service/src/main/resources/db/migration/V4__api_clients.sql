-- Credentials for scripts (OAuth 2.0 client_credentials). The secret is stored only as an Argon2id hash.
create table api_client (
    id           uuid primary key,
    client_id    varchar(64)  not null,
    name         varchar(120) not null,
    secret_hash  varchar(255) not null,
    roles        text[]       not null,
    agency_code  varchar(32),
    status       varchar(16)  not null check (status in ('ACTIVE', 'REVOKED')),
    created_at   timestamptz  not null,
    created_by   varchar(80)  not null,
    version      bigint       not null default 0,
    constraint api_client_client_id_unique unique (client_id)
);
