-- RS256 signing keys. The private key is AES-GCM encrypted with a key derived from
-- portal.keys.encryption-secret (PBKDF2, per-key salt); the key id is the GCM associated data.
create table signing_key (
    kid                 varchar(64)  primary key,
    public_key          bytea        not null,
    private_key_sealed  bytea        not null,
    private_key_iv      bytea        not null,
    private_key_salt    bytea        not null,
    status              varchar(16)  not null check (status in ('CURRENT', 'PREVIOUS', 'RETIRED')),
    created_at          timestamptz  not null,
    retired_at          timestamptz
);
create unique index signing_key_one_current on signing_key (status) where status = 'CURRENT';
