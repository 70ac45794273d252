-- The charges read producers' pickups by producer and by day (a statement, its drill-down, a district's or the
-- city's month, summed in the database): without these a month of a city's producers is a scan of every manifest.
create index manifest_source_day_ix on kitchen.manifest (source_kind, picked_up_at);
create index manifest_source_code_ix on kitchen.manifest (source_code, picked_up_at);
