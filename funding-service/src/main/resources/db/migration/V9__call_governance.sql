-- Co-funded calls are governed together: the lead agency runs the call's lifecycle, each funder
-- alone sets and confirms its own share, a call opens once every funder has confirmed, and it is
-- decided once every funder has agreed.
alter table joint_call add column lead_agency varchar(32) references agency (code);
update joint_call c set lead_agency = (select min(f.agency_code) from call_funder f where f.call_id = c.id);

alter table call_funder add column confirmed_at timestamptz;
alter table call_funder add column confirmed_by varchar(200);
alter table call_funder add column agreed_to_decide_at timestamptz;

-- calls already past their draft were opened under the old rules: their shares stand as confirmed;
-- a draft's lead share is confirmed, the others wait for their agencies
update call_funder f set confirmed_at = c.created_at, confirmed_by = c.created_by
from joint_call c
where f.call_id = c.id and (c.status <> 'DRAFT' or f.agency_code = c.lead_agency);
update call_funder f set agreed_to_decide_at = c.created_at
from joint_call c
where f.call_id = c.id and c.status = 'DECIDED';
