-- notification-service: events received once, the in-app feed, preferences, e-mails to send.

-- Each event id is handled once: a redelivery changes nothing.
create table processed_event (
    event_id      uuid         primary key,
    type          varchar(60)  not null,
    processed_at  timestamptz  not null
);

-- One notice to one person; params (JSON) word it in any language; link is a web client path.
create table notification (
    id            uuid         primary key,
    recipient_id  varchar(200) not null,
    kind          varchar(40)  not null,
    params        text         not null,
    link          varchar(300),
    event_id      uuid         not null,
    created_at    timestamptz  not null,
    read_at       timestamptz,
    constraint notification_once unique (event_id, recipient_id, kind)
);
create index notification_feed on notification (recipient_id, created_at desc, id desc);
create index notification_unread on notification (recipient_id) where read_at is null;

-- A person's language for e-mails and the kinds of notification they want no e-mail for.
create table preference (
    account_id    varchar(200) primary key,
    language      varchar(5)   not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0
);
create table preference_email_off (
    account_id    varchar(200) not null references preference (account_id) on delete cascade,
    kind          varchar(40)  not null,
    primary key (account_id, kind)
);

-- An e-mail to send: to an account (address looked up when sending) or to a bare address
-- (an invitation to someone without an account yet); retried with backoff, then dead-lettered.
create table email_delivery (
    id               uuid         primary key,
    notification_id  uuid         references notification (id) on delete cascade,
    recipient_id     varchar(200),
    address          varchar(254),
    kind             varchar(40)  not null,
    params           text         not null,
    link             varchar(300),
    status           varchar(20)  not null,
    attempts         int          not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       text,
    created_at       timestamptz  not null,
    sent_at          timestamptz,
    version          bigint       not null default 0,
    constraint email_delivery_to check (recipient_id is not null or address is not null)
);
create index email_due on email_delivery (status, next_attempt_at);

-- service-kit's outbox (unused here: nothing is published yet), validated like every table
create table outbox_event (
    seq              bigserial    primary key,
    id               uuid         not null,
    destination      varchar(40)  not null,
    aggregate_id     varchar(64)  not null,
    type             varchar(60)  not null,
    payload          text         not null,
    occurred_at      timestamptz  not null,
    status           varchar(20)  not null,
    attempts         int          not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       text,
    delivered_at     timestamptz,
    trace_parent     varchar(55),
    constraint outbox_event_id_destination unique (id, destination)
);
