-- The import quota's lock (ImportQuota): an upload's quota is checked and its import recorded while holding this row
-- (select ... for update), so two uploads at once cannot both pass the check on every instance.
create table imports.quota_lock (id integer primary key);
insert into imports.quota_lock (id) values (1);
