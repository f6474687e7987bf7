-- Whatever a call's view shows is announced when it changes: a NOTIFY on channel call_changed with the call's id,
-- or '*' for an agency (its country and currency show in every call it funds). PostgreSQL sends it when the
-- transaction commits, once per distinct id; funding-service's CallChangeListener then drops what it keeps of
-- that call, in every instance.
create function announce_call_change() returns trigger language plpgsql as $$
declare
    changed record;
begin
    if tg_op = 'DELETE' then
        changed := old;
    else
        changed := new;
    end if;
    if tg_table_name = 'agency' then
        perform pg_notify('call_changed', '*');
    elsif tg_table_name = 'joint_call' then
        perform pg_notify('call_changed', changed.id::text);
    else
        perform pg_notify('call_changed', changed.call_id::text);
    end if;
    return null;
end
$$;

create trigger announce_change after insert or update or delete on joint_call
    for each row execute function announce_call_change();
create trigger announce_change after insert or update or delete on call_sector
    for each row execute function announce_call_change();
create trigger announce_change after insert or update or delete on call_required_country
    for each row execute function announce_call_change();
create trigger announce_change after insert or update or delete on call_criterion
    for each row execute function announce_call_change();
create trigger announce_change after insert or update or delete on call_funder
    for each row execute function announce_call_change();
create trigger announce_change after update on agency
    for each row execute function announce_call_change();
