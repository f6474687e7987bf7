-- What an awarded startup's mentoring request starts from: the application's sector (one of its call's),
-- what the team wants from a mentor, and the languages it works in.
alter table application
    add column sector varchar(60),
    add column mentoring_needs text[] not null default '{}',
    add column languages text[] not null default '{}';
