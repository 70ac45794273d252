-- The point-day sums lose their (fact_on, point_code) index: every weighing that cannot update its day's row
-- in place updated it too (a bulk import of a month went from 57 % to 33 % of the raw JDBC batch with it,
-- 48.5 % without). The city's kitchen-waste evidence of a partial month names every district instead, and
-- reads (district_code, fact_on).
drop index reporting.point_day_day_ix;
