-- A point's month of kitchen-waste evidence is a row, not a count: the row exists while the point has at least
-- one kitchen-waste weighing that month. A weighing of a month that already has its row writes nothing here
-- (insert ... on conflict do nothing); only a correction that takes away a month's last kitchen-waste weighing
-- deletes the row. A bulk import of kitchen waste had updated a count per point and month in every chunk.
delete from reporting.kitchen_month where kitchen_weighings <= 0;
alter table reporting.kitchen_month drop column kitchen_weighings;
