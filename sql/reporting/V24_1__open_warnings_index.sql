-- The wall screen counts the open warnings by kind and lists the newest (GET /wall/alerts): an index on
-- (confirmed_at, raised_at) reads only the unconfirmed rows, newest last, however many were confirmed.
create index warning_open_ix on reporting.warning (confirmed_at, raised_at);
