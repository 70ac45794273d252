-- The audit trail append-only in the database itself (sql/by-database/postgresql has PostgreSQL's form): an
-- UPDATE or DELETE of audit.entry is refused by a Java trigger of modules/h2-triggers, which sits beside the H2 driver.
create trigger audit.entry_append_only before update, delete on audit.entry for each row call 'net.wastenet.h2.RefuseChange';
