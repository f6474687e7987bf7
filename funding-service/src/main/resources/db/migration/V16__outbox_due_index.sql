-- The relay's claim walks pending events in seq order: by this index it reads only those, never the
-- week of delivered events kept before them.
create index outbox_due on outbox_event (seq) where status = 'PENDING';
