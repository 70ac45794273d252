-- The wall screen counts the open warnings by kind and lists the newest (GET /wall/alerts): an index on
-- (confirmed_at, raised_at) reads only the unconfirmed rows, newest last, however many were confirmed.
-- It also serves the metrics gauge's count of open warnings, so it replaces V22_1's index on confirmed_at alone.
drop index if exists reporting.warning_open_ix;
create index warning_open_raised_ix on reporting.warning (confirmed_at, raised_at);
