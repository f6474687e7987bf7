-- The outbox serves several receivers (mentorship, notifications): one row per event and receiver,
-- each delivered, retried and dead-lettered on its own. Rows written so far were for mentorship.
alter table outbox_event add column destination varchar(40) not null default 'mentorship';
alter table outbox_event alter column destination drop default;
alter table outbox_event drop constraint outbox_event_id_key;
alter table outbox_event add constraint outbox_event_id_destination unique (id, destination);
drop index outbox_pending;
create index outbox_pending on outbox_event (status, destination, aggregate_id, seq);
create index outbox_delivered on outbox_event (delivered_at) where status = 'DELIVERED';
-- DEAD_LETTERED: refused for good or failed too often, kept for an administrator to inspect and retry
alter table outbox_event alter column status type varchar(20);
