-- Three OPEN joint calls for the gateway benchmark's funding upstream, so GET /api/funding/calls
-- answers a real page (about 2.6 kB of JSON) instead of an empty one. Run after the
-- funding-service has migrated its database; each run replaces the benchmark's calls (their
-- sectors, countries, criteria and funders go with them). Closing instants are far ahead, so the
-- closing job leaves the calls OPEN.
begin;
delete from joint_call where created_by = 'benchmark';

insert into agency (code, name, country, currency, created_at) values
    ('MY-MDEC', 'Malaysia Digital Economy Corporation', 'MY', 'MYR', now()),
    ('IR-INSF', 'Iran National Science Foundation', 'IR', 'IRR', now())
on conflict do nothing;

insert into joint_call (id, title, description, status, opens_at, closes_at, min_partners, max_partners,
                        blind_review, created_by, created_at) values
    ('4f1c2a9e-0000-4000-8000-000000000001', 'Malaysia-Iran Digital Health 2027',
     'Joint projects in telemedicine, diagnostics and health data platforms.', 'OPEN',
     '2026-01-01T00:00:00Z', '2036-12-31T23:59:59Z', 2, 4, false, 'benchmark', now()),
    ('4f1c2a9e-0000-4000-8000-000000000002', 'Malaysia-Iran Agritech 2027',
     'Precision farming, water management and food supply chains.', 'OPEN',
     '2026-01-01T00:00:00Z', '2037-06-30T23:59:59Z', 2, 3, true, 'benchmark', now()),
    ('4f1c2a9e-0000-4000-8000-000000000003', 'Malaysia-Iran Green Fintech 2027',
     'Payments, carbon accounting and inclusive finance.', 'OPEN',
     '2026-01-01T00:00:00Z', '2037-12-31T23:59:59Z', 2, 5, false, 'benchmark', now());

insert into call_sector (call_id, sector)
select id, sector
from joint_call, unnest(array['healthtech', 'agritech', 'fintech']) as sector
where created_by = 'benchmark';

insert into call_required_country (call_id, country)
select id, country
from joint_call, unnest(array['MY', 'IR']) as country
where created_by = 'benchmark';

insert into call_criterion (call_id, position, name, weight, max_score, threshold)
select id, position, name, weight, 10, 5
from joint_call,
     (values (0, 'Excellence', 40.00), (1, 'Impact', 35.00), (2, 'Implementation', 25.00)) as c(position, name, weight)
where created_by = 'benchmark';

insert into call_funder (id, call_id, agency_code, budget, max_request)
select md5(joint_call.id::text || agency.code)::uuid, joint_call.id, agency.code, 1000000.00, 250000.00
from joint_call, agency
where joint_call.created_by = 'benchmark' and agency.code in ('MY-MDEC', 'IR-INSF');
commit;
