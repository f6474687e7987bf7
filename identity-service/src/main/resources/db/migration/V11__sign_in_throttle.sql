-- Growing delays per account and client address replace the hard lockout that anyone knowing an
-- email could keep up. The account-wide lock (locked_until) now counts only wrong passwords from
-- addresses the account has not signed in from, and does not apply where it has.

-- Wrong passwords for one email from one client address (an IPv6 client by its /64). The email is
-- kept as its SHA-256, so unknown emails are throttled like real ones without storing what was typed.
create table sign_in_attempt (
    email_key       char(64)    not null,
    address         varchar(64) not null,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    blocked_until   timestamptz,
    primary key (email_key, address)
);
create index sign_in_attempt_last_failure_idx on sign_in_attempt (last_failure_at);

-- Where an account signed in successfully: wrong passwords from elsewhere cannot lock it out here.
create table familiar_address (
    account_id        uuid        not null references account (id) on delete cascade,
    address           varchar(64) not null,
    last_signed_in_at timestamptz not null,
    primary key (account_id, address)
);
create index familiar_address_last_signed_in_idx on familiar_address (last_signed_in_at);

alter table account add column last_failed_login_at timestamptz;
