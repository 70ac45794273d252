-- TRUNCATE of audit.entry refused on H2 too (PostgreSQL refuses it with a statement trigger, V21_2). H2 fires no trigger
-- on TRUNCATE, but refuses to truncate a table another table's foreign key refers to: this empty table is that reference.
-- Nothing is ever written to it.
create table audit.entry_truncate_guard (
    entry_id bigint references audit.entry (id)
);
