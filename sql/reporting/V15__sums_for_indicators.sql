-- The sums the indicators read (issue 14), kept in the transaction of every receipt and weighing and
-- rebuilt with the rest of the read model. A period of whole months reads the month rows; the days of a
-- partial month at either end read the day rows. Key columns hold '' where a flow has no such part
-- (a receipt from a point has no sending facility), so that each flow has one row a day.
create table reporting.flow_day (
    fact_on             date           not null,
    to_facility_code    varchar(32)    not null,
    to_kind             varchar(32)    not null,
    from_facility_code  varchar(32)    not null,
    from_kind           varchar(32)    not null,
    source_kind         varchar(16)    not null,
    district_code       varchar(6)     not null,
    residue             boolean        not null,
    weight_kg           numeric(16, 3) not null,
    receipts            integer        not null,
    primary key (fact_on, to_facility_code, to_kind, from_facility_code, from_kind, source_kind, district_code, residue)
);

create table reporting.flow_month (
    month_on            date           not null,
    to_facility_code    varchar(32)    not null,
    to_kind             varchar(32)    not null,
    from_facility_code  varchar(32)    not null,
    from_kind           varchar(32)    not null,
    source_kind         varchar(16)    not null,
    district_code       varchar(6)     not null,
    residue             boolean        not null,
    weight_kg           numeric(18, 3) not null,
    receipts            integer        not null,
    primary key (month_on, to_facility_code, to_kind, from_facility_code, from_kind, source_kind, district_code, residue)
);

insert into reporting.flow_day (fact_on, to_facility_code, to_kind, from_facility_code, from_kind, source_kind, district_code,
    residue, weight_kg, receipts)
select fact_on, coalesce(to_facility_code, ''), coalesce(to_kind, ''), coalesce(from_facility_code, ''), coalesce(from_kind, ''),
    coalesce(source_kind, ''), coalesce(district_code, ''), residue, sum(weight_kg), count(*)
from reporting.receipt_fact where kind = 'RECEIPT'
group by fact_on, coalesce(to_facility_code, ''), coalesce(to_kind, ''), coalesce(from_facility_code, ''), coalesce(from_kind, ''),
    coalesce(source_kind, ''), coalesce(district_code, ''), residue;

insert into reporting.flow_month (month_on, to_facility_code, to_kind, from_facility_code, from_kind, source_kind, district_code,
    residue, weight_kg, receipts)
select cast(date_trunc('month', fact_on) as date), to_facility_code, to_kind, from_facility_code, from_kind, source_kind,
    district_code, residue, sum(weight_kg), sum(receipts)
from reporting.flow_day
group by cast(date_trunc('month', fact_on) as date), to_facility_code, to_kind, from_facility_code, from_kind, source_kind,
    district_code, residue;

-- Kitchen-waste evidence (coverage): how many of a point's weighings of a day were kitchen waste, and a
-- row a point and month for every point that logged kitchen waste in it.
alter table reporting.point_day add column kitchen_weighings integer default 0 not null;

merge into reporting.point_day d
using (select point_code, fact_on, count(*) as n from reporting.point_log where category = 'KITCHEN'
       group by point_code, fact_on) k
on d.point_code = k.point_code and d.fact_on = k.fact_on
when matched then update set kitchen_weighings = k.n;

create table reporting.kitchen_month (
    month_on           date         not null,
    district_code      varchar(6)   not null,
    point_code         varchar(32)  not null,
    kitchen_weighings  integer      not null,
    primary key (month_on, district_code, point_code)
);

insert into reporting.kitchen_month (month_on, district_code, point_code, kitchen_weighings)
select cast(date_trunc('month', fact_on) as date), min(district_code), point_code, sum(kitchen_weighings)
from reporting.point_day where kitchen_weighings > 0
group by cast(date_trunc('month', fact_on) as date), point_code;

-- the city's partial months read point-days by day (a district's by district_code, fact_on); no column that
-- a weighing changes is indexed, so the sums' updates stay in place (HOT on PostgreSQL)
create index point_day_day_ix on reporting.point_day (fact_on, point_code);

-- A rebuild of the read model runs as a batch job in chunks (read-model-rebuild); this is its progress,
-- what the API and readiness answer, and what indicators ask before they answer (503 while one runs).
create table reporting.rebuild (
    id             bigint       primary key,
    status         varchar(16)  not null,
    step           varchar(16),
    reason         varchar(200) not null,
    instance       varchar(200) not null,
    execution_id   bigint,
    weighings      bigint       not null,
    receipts       bigint       not null,
    treatments     bigint       not null,
    requested_by   varchar(64)  not null,
    requested_at   timestamp    not null,
    finished_at    timestamp,
    message        varchar(500),
    constraint rebuild_status_ck check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'))
);
create index rebuild_status_ix on reporting.rebuild (status);
