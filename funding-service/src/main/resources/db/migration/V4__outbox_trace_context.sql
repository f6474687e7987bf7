-- The W3C traceparent of the traced request that caused an event (55 characters), so that its
-- delivery to mentorship continues that trace.
alter table outbox_event add column trace_parent varchar(55);
