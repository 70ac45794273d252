-- A point's kitchen-waste evidence in one row: the first and last month it logged kitchen waste and how many months
-- (months numbered year * 12 + month - 1). A point that logged every month between its first and last (months =
-- last - first + 1, the usual case) has evidence in a period of whole months exactly when the two spans overlap; only
-- the others are asked month by month (reporting.kitchen_month). The city's year read 160,000 month rows for 15,000
-- points to find the points with evidence; it reads 15,000 rows now (docs/performance.md).
create table reporting.kitchen_point (
    point_code    varchar(32) not null,
    district_code varchar(6)  not null,
    first_month   integer     not null,
    last_month    integer     not null,
    months        integer     not null,
    primary key (point_code, district_code)
);
insert into reporting.kitchen_point (point_code, district_code, first_month, last_month, months)
select point_code, district_code, min(extract(year from month_on) * 12 + extract(month from month_on) - 1),
       max(extract(year from month_on) * 12 + extract(month from month_on) - 1), count(*)
from reporting.kitchen_month group by point_code, district_code;
-- a point's months, for the points whose months have gaps and for recounting a point after a correction
create index kitchen_month_point_ix on reporting.kitchen_month (point_code, month_on);
