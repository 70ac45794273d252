-- The warnings still open (confirmed_at null) counted for the metrics gauge wastenet_warnings_open at every scrape:
-- an index on confirmed_at lets the count read only the open warnings' entries, never the whole table.
create index warning_open_ix on reporting.warning (confirmed_at);
