-- Capacity alerts number from their own sequence (recyclables.id_seq is shared by every movement), so the demo's first
-- alert is alert 1 whatever the month (the contract's example names it); above every alert already stored.
create sequence recyclables.capacity_alert_seq start with 50 increment by 50;
alter sequence recyclables.capacity_alert_seq restart with (select coalesce(max(id), 0) + 50 from recyclables.capacity_alert);
