-- Funding: agencies, joint calls, applications, reviews, awards, audit trail, outbox.

create table agency (
    code        varchar(32)  primary key,
    name        varchar(200) not null,
    country     varchar(2)      not null,
    currency    varchar(3)      not null,
    created_at  timestamptz  not null,
    version     bigint       not null default 0
);

create table joint_call (
    id            uuid         primary key,
    title         varchar(200) not null,
    description   text         not null,
    status        varchar(20)  not null,
    opens_at      timestamptz  not null,
    closes_at     timestamptz  not null,
    min_partners  int          not null,
    max_partners  int          not null,
    blind_review  boolean      not null,
    created_by    varchar(200) not null,
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint call_dates_ordered check (closes_at > opens_at),
    constraint call_partner_counts check (min_partners >= 1 and max_partners >= min_partners)
);
create index joint_call_status on joint_call (status, closes_at);

create table call_sector (
    call_id  uuid        not null references joint_call (id) on delete cascade,
    sector   varchar(60) not null,
    primary key (call_id, sector)
);

create table call_required_country (
    call_id  uuid    not null references joint_call (id) on delete cascade,
    country  varchar(2) not null,
    primary key (call_id, country)
);

create table call_criterion (
    call_id    uuid          not null references joint_call (id) on delete cascade,
    position   int           not null,
    name       varchar(100)  not null,
    weight     numeric(7, 2) not null check (weight > 0),
    max_score  int           not null check (max_score > 0),
    threshold  int           not null check (threshold >= 0 and threshold <= max_score),
    primary key (call_id, position)
);

-- committed only moves through a conditional UPDATE (awards), so the check is a second wall.
create table call_funder (
    id           uuid           primary key,
    call_id      uuid           not null references joint_call (id) on delete cascade,
    agency_code  varchar(32)    not null references agency (code),
    budget       numeric(19, 2) not null check (budget > 0),
    max_request  numeric(19, 2) check (max_request > 0),
    committed    numeric(19, 2) not null default 0,
    constraint funder_once_per_call unique (call_id, agency_code),
    constraint funder_budget_never_overcommitted check (committed >= 0 and committed <= budget)
);

create table application (
    id            uuid         primary key,
    call_id       uuid         not null references joint_call (id),
    owner_id      varchar(200) not null,
    title         varchar(200) not null,
    summary       text         not null,
    status        varchar(20)  not null,
    created_at    timestamptz  not null,
    submitted_at  timestamptz,
    version       bigint       not null default 0
);
create unique index one_active_application_per_startup_per_call
    on application (call_id, owner_id) where status not in ('WITHDRAWN', 'REJECTED');
create index application_owner on application (owner_id);

create table application_partner (
    application_id  uuid         not null references application (id) on delete cascade,
    position        int          not null,
    name            varchar(200) not null,
    country         varchar(2)      not null,
    role            varchar(100) not null,
    primary key (application_id, position)
);

create table application_request (
    application_id  uuid           not null references application (id) on delete cascade,
    agency_code     varchar(32)    not null,
    amount          numeric(19, 2) not null check (amount > 0),
    primary key (application_id, agency_code)
);

create table application_answer (
    application_id  uuid         not null references application (id) on delete cascade,
    question        varchar(200) not null,
    answer          text         not null,
    primary key (application_id, question)
);

create table application_collaborator (
    application_id  uuid         not null references application (id) on delete cascade,
    startup_id      varchar(200) not null,
    primary key (application_id, startup_id)
);
create index collaborator_startup on application_collaborator (startup_id);

create table attachment (
    id              uuid         primary key,
    application_id  uuid         not null references application (id) on delete cascade,
    file_name       varchar(255) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint       not null,
    uploaded_by     varchar(200) not null,
    uploaded_at     timestamptz  not null
);
create index attachment_application on attachment (application_id);

-- Content in 256 KiB chunks so neither upload nor download holds a whole file in memory.
create table attachment_chunk (
    attachment_id  uuid  not null references attachment (id) on delete cascade,
    seq            int   not null,
    data           bytea not null,
    primary key (attachment_id, seq)
);

create table review (
    id               uuid         primary key,
    application_id   uuid         not null references application (id),
    reviewer_id      varchar(200) not null,
    reviewer_agency  varchar(32)  not null references agency (code),
    assigned_by      varchar(200) not null,
    assigned_at      timestamptz  not null,
    status           varchar(20)  not null,
    conflict_reason  text,
    submitted_at     timestamptz,
    disqualified     boolean      not null default false,
    version          bigint       not null default 0,
    constraint reviewer_once_per_application unique (application_id, reviewer_id)
);
create index review_reviewer on review (reviewer_id);

create table review_score (
    review_id  uuid         not null references review (id) on delete cascade,
    position   int          not null,
    criterion  varchar(100) not null,
    score      int          not null,
    comment    text         not null,
    primary key (review_id, position)
);

create table award_decision (
    application_id  uuid           not null references application (id),
    agency_code     varchar(32)    not null references agency (code),
    decision        varchar(10)    not null,
    amount          numeric(19, 2) not null,
    decided_by      varchar(200)   not null,
    decided_at      timestamptz    not null,
    reason          text,
    primary key (application_id, agency_code)
);

create table audit_entry (
    id              bigserial    primary key,
    occurred_at     timestamptz  not null,
    actor           varchar(200) not null,
    aggregate_type  varchar(30)  not null,
    aggregate_id    varchar(64)  not null,
    call_id         uuid,
    action          varchar(40)  not null,
    from_state      varchar(30),
    to_state        varchar(30),
    reason          text
);
create index audit_aggregate on audit_entry (aggregate_type, aggregate_id);
create index audit_call on audit_entry (call_id);

create table outbox_event (
    seq              bigserial    primary key,
    id               uuid         not null unique,
    aggregate_id     varchar(64)  not null,
    type             varchar(60)  not null,
    payload          text         not null,
    occurred_at      timestamptz  not null,
    status           varchar(12)  not null,
    attempts         int          not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       text,
    delivered_at     timestamptz
);
create index outbox_pending on outbox_event (status, aggregate_id, seq);

create table idempotency_record (
    caller        varchar(200) not null,
    key           varchar(200) not null,
    request_hash  varchar(64)  not null,
    status        int          not null,
    location      text,
    body          text         not null,
    created_at    timestamptz  not null,
    primary key (caller, key)
);
