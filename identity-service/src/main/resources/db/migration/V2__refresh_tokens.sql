-- Opaque refresh tokens, stored only as SHA-256 hashes. A family is one login's chain of rotations.
create table refresh_token (
    id          uuid primary key,
    family_id   uuid         not null,
    account_id  uuid         not null references account (id),
    token_hash  varchar(64)  not null,
    status      varchar(16)  not null check (status in ('ACTIVE', 'ROTATED', 'REVOKED')),
    issued_at   timestamptz  not null,
    expires_at  timestamptz  not null,
    constraint refresh_token_hash_unique unique (token_hash)
);
create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_account_idx on refresh_token (account_id);
