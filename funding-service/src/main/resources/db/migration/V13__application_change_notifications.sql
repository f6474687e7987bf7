-- Whatever an application's view shows of itself is announced when it changes: a NOTIFY on channel
-- application_changed with the application's id (announce_change, V12). What it shows of its call is announced
-- on call_changed.
create trigger announce_change after insert or update or delete on application
    for each row execute function announce_change('application_changed', 'id');
create trigger announce_change after insert or update or delete on application_partner
    for each row execute function announce_change('application_changed', 'application_id');
create trigger announce_change after insert or update or delete on application_request
    for each row execute function announce_change('application_changed', 'application_id');
create trigger announce_change after insert or update or delete on application_answer
    for each row execute function announce_change('application_changed', 'application_id');
create trigger announce_change after insert or update or delete on application_collaborator
    for each row execute function announce_change('application_changed', 'application_id');
