-- A password reset an ADMIN issued for someone who forgot their password: at most one outstanding per
-- account, its one-time code stored only as a SHA-256 hash, gone once used, replaced or cancelled.
create table password_reset (
    account_id  uuid primary key references account (id),
    code_hash   varchar(64)  not null,
    issued_by   varchar(255) not null,
    issued_at   timestamptz  not null,
    expires_at  timestamptz  not null,
    constraint password_reset_code_unique unique (code_hash)
);
