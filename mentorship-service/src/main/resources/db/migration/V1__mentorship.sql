-- Mentor profiles, programs, mentoring requests, matching runs, matches, sessions, feedback,
-- audit trail, processed events and idempotent create responses.

create table mentor_profile (
    id            uuid primary key,
    account_id    varchar(100) not null unique,
    display_name  varchar(200) not null,
    bio           varchar(4000),
    tags          text[] not null,
    sectors       text[] not null,
    languages     text[] not null,
    countries     text[] not null,
    time_zone     varchar(64) not null,
    capacity      integer not null check (capacity between 0 and 50),
    active        boolean not null,
    version       bigint not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create index mentor_profile_active on mentor_profile (active);

create table program (
    id              uuid primary key,
    title           varchar(200) not null,
    description     varchar(4000),
    agency          varchar(32),
    sectors         text[] not null,
    languages       text[] not null,
    intake_opens    timestamptz not null,
    intake_closes   timestamptz not null,
    cohort_size     integer not null check (cohort_size > 0),
    duration_weeks  integer not null check (duration_weeks > 0),
    created_by      varchar(100) not null,
    created_at      timestamptz not null,
    version         bigint not null,
    check (intake_closes > intake_opens)
);

create table program_mentor (
    program_id  uuid not null references program (id),
    mentor_id   uuid not null references mentor_profile (id),
    joined_at   timestamptz not null,
    primary key (program_id, mentor_id)
);
create index program_mentor_mentor on program_mentor (mentor_id);

create table mentoring_request (
    id              uuid primary key,
    startup_id      varchar(100) not null,
    program_id      uuid references program (id),
    source          varchar(16) not null,
    application_id  uuid,
    needs           text[] not null,
    sector          varchar(40),
    languages       text[] not null,
    country         varchar(2),
    time_zone       varchar(64),
    description     varchar(4000),
    status          varchar(16) not null,
    created_at      timestamptz not null,
    version         bigint not null
);
create index mentoring_request_startup on mentoring_request (startup_id, created_at);
create index mentoring_request_status on mentoring_request (status, program_id);

create table matching_run (
    id              uuid primary key,
    started_by      varchar(100) not null,
    program_id      uuid references program (id),
    prune_k         integer not null,
    started_at      timestamptz not null,
    request_count   integer not null,
    mentor_count    integer not null,
    proposed_count  integer not null,
    unmatched_request_ids uuid[] not null,
    total_score     double precision not null,
    duration_ms     bigint not null
);

create table mentor_match (
    id           uuid primary key,
    request_id   uuid not null references mentoring_request (id),
    mentor_id    uuid not null references mentor_profile (id),
    startup_id   varchar(100) not null,
    run_id       uuid references matching_run (id),
    status       varchar(16) not null,
    score        double precision not null,
    explanation  jsonb not null,
    proposed_at  timestamptz not null,
    expires_at   timestamptz not null,
    answered_at  timestamptz,
    ended_at     timestamptz,
    version      bigint not null,
    unique (request_id, mentor_id)
);
create index mentor_match_mentor on mentor_match (mentor_id, status);
create index mentor_match_startup on mentor_match (startup_id, proposed_at);
create index mentor_match_expiry on mentor_match (status, expires_at);
create index mentor_match_run on mentor_match (run_id);
-- At most one live (proposed or accepted) match per request.
create unique index mentor_match_one_live on mentor_match (request_id) where status in ('PROPOSED', 'ACCEPTED');

create table mentoring_session (
    id                uuid primary key,
    match_id          uuid not null references mentor_match (id),
    held_on           date not null,
    duration_minutes  integer not null check (duration_minutes between 1 and 1440),
    notes             varchar(4000),
    logged_by         varchar(100) not null,
    created_at        timestamptz not null
);
create index mentoring_session_match on mentoring_session (match_id, held_on);

create table feedback (
    id          uuid primary key,
    match_id    uuid not null references mentor_match (id),
    mentor_id   uuid not null references mentor_profile (id),
    author_id   varchar(100) not null,
    author_side varchar(8) not null,
    rating      integer not null check (rating between 1 and 5),
    comment     varchar(2000),
    created_at  timestamptz not null,
    unique (match_id, author_side)
);
create index feedback_mentor on feedback (mentor_id, author_side);

create table audit_entry (
    id              bigint generated by default as identity primary key,
    aggregate_type  varchar(32) not null,
    aggregate_id    uuid not null,
    actor           varchar(100) not null,
    at              timestamptz not null,
    from_state      varchar(16),
    to_state        varchar(16) not null,
    reason          varchar(2000)
);
create index audit_entry_aggregate on audit_entry (aggregate_id, at);

create table processed_event (
    event_id      uuid primary key,
    type          varchar(64) not null,
    processed_at  timestamptz not null,
    request_id    uuid references mentoring_request (id)
);

create table idempotent_response (
    caller           varchar(100) not null,
    idempotency_key  varchar(200) not null,
    scope            varchar(100) not null,
    resource_id      uuid not null,
    body             text not null,
    created_at       timestamptz not null,
    primary key (caller, idempotency_key)
);
