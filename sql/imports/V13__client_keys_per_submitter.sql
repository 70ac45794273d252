-- A bulk import's client key belongs to its submitter, as every client key does (docs/api.md).
-- The key leads the index: it is near-unique by itself, so a look-up by submitter and keys is one index probe a key.
alter table imports.bulk_import drop constraint bulk_import_client_key_uq;
alter table imports.bulk_import add constraint bulk_import_client_key_uq unique (client_key, submitted_by);

-- The rows an import stores per transaction, when its submitter chose (null: the server's setting). The
-- outcome of every row never depends on it: a key repeated in the file is judged as if sent one by one.
alter table imports.bulk_import add column chunk_size integer;

-- An import of rows that depend on one another only through their client keys (weighings) is loaded by
-- several partitions at once, each taking the rows whose key falls to it (so the rows of one key stay in
-- file order) and resuming after its own last committed line.
-- The number of partitions is fixed when an import first runs and kept for its restarts, so that each
-- row stays with its partition. Imports received before: one partition, resuming after their last line.
alter table imports.bulk_import add column partitions integer;
create table imports.import_partition (
    import_id     bigint  not null references imports.bulk_import (id),
    partition_no  integer not null,
    last_line     bigint  not null,
    primary key (import_id, partition_no)
);
insert into imports.import_partition (import_id, partition_no, last_line) select id, 0, last_line from imports.bulk_import;
update imports.bulk_import set partitions = 1;
