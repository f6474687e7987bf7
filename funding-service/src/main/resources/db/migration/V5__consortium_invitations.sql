-- Partners join an application by invitation: the owner invites an e-mail address, the startup
-- signed in with that address accepts or declines. An accepted invitation is the membership
-- (who joined, as whom, when) until the partner leaves or is removed.
create table consortium_invitation (
    id              uuid         primary key,
    application_id  uuid         not null references application (id) on delete cascade,
    email           varchar(254) not null,
    message         varchar(1000),
    status          varchar(20)  not null,
    invited_by      varchar(200) not null,
    inviter_name    varchar(200),
    invited_at      timestamptz  not null,
    answered_at     timestamptz,
    invitee_id      varchar(200),
    invitee_name    varchar(200),
    ended_at        timestamptz,
    version         bigint       not null default 0,
    constraint invitation_email_lower check (email = lower(email))
);
create index invitation_application on consortium_invitation (application_id, invited_at);
create index invitation_email on consortium_invitation (email, status);
-- one open invitation (pending, or accepted and still a member) per address and application
create unique index invitation_one_open on consortium_invitation (application_id, email)
    where status in ('PENDING', 'ACCEPTED');
