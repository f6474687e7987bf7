-- Every audit entry names its action (service-kit's one audit API); earlier entries get theirs from their states.
alter table audit_entry add column action varchar(40);
update audit_entry set action = case
    when aggregate_type = 'Match' then case to_state
        when 'PROPOSED' then 'propose' when 'ACCEPTED' then 'accept' when 'DECLINED' then 'decline'
        when 'EXPIRED' then 'expire' else 'end' end
    when from_state is null then 'open'
    when from_state = to_state then 'edit'
    else case to_state
        when 'PROPOSED' then 'propose-mentor' when 'OPEN' then 'reopen' when 'MATCHED' then 'match'
        when 'CLOSED' then 'close' else 'cancel' end
    end;
alter table audit_entry alter column action set not null;
