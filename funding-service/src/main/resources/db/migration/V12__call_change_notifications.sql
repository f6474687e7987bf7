-- Whatever a call's view shows is announced when it changes: a NOTIFY on channel call_changed with the call's id,
-- or '*' for an agency (its country and currency show in every call it funds). PostgreSQL sends it when the
-- transaction commits, once per distinct payload; funding-service's ChangeListener then drops what it keeps of
-- that call, in every instance (docs/funding.md, "Calls and applications are read from memory").

-- announce_change(channel, id column): NOTIFY channel with the changed row's value of that column, or '*'
-- without one.
create function announce_change() returns trigger language plpgsql as $$
declare
    changed jsonb := to_jsonb(case when tg_op = 'DELETE' then old else new end);
begin
    perform pg_notify(tg_argv[0], coalesce(changed ->> tg_argv[1], '*'));
    return null;
end
$$;

create trigger announce_change after insert or update or delete on joint_call
    for each row execute function announce_change('call_changed', 'id');
create trigger announce_change after insert or update or delete on call_sector
    for each row execute function announce_change('call_changed', 'call_id');
create trigger announce_change after insert or update or delete on call_required_country
    for each row execute function announce_change('call_changed', 'call_id');
create trigger announce_change after insert or update or delete on call_criterion
    for each row execute function announce_change('call_changed', 'call_id');
create trigger announce_change after insert or update or delete on call_funder
    for each row execute function announce_change('call_changed', 'call_id');
create trigger announce_change after update on agency
    for each row execute function announce_change('call_changed', '');
