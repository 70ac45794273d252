-- Each point's weighed total per day (every category, current revisions), kept in the transaction of
-- every weighing, correction and import, and rebuilt with the rest of the read model. The point-day
-- warning rule reads its four weeks here (29 rows a point) instead of summing the weighings, so a
-- weighing costs the same whatever the history behind it; completeness and coverage read it too.
create table reporting.point_day (
    point_code     varchar(32)    not null,
    fact_on        date           not null,
    district_code  varchar(6)     not null,
    weight_kg      numeric(14, 3) not null,
    weighings      integer        not null,
    primary key (point_code, fact_on)
);
create index point_day_district_ix on reporting.point_day (district_code, fact_on);
-- Nothing reads a point's weighings by point and day any more (the rule reads point_day): one index less
-- to keep up at every weighing.
drop index reporting.point_log_point_ix;

insert into reporting.point_day (point_code, fact_on, district_code, weight_kg, weighings)
select point_code, fact_on, min(district_code), sum(weight_kg), count(*)
from reporting.point_log
group by point_code, fact_on;

-- A warning is kept once per kind and record: concurrent writers of one point's day (two import
-- partitions, two instances) raise or restate the same row. Duplicates an earlier race may have left
-- are folded into the first (a confirmed one first).
delete from reporting.warning w where exists (select 1 from reporting.warning o where o.kind = w.kind
    and o.record_ref = w.record_ref and o.id <> w.id
    and (o.confirmed_at is not null and w.confirmed_at is null
         or (o.confirmed_at is null) = (w.confirmed_at is null) and o.id < w.id));
drop index reporting.warning_ref_ix;
create unique index warning_ref_uq on reporting.warning (kind, record_ref);
