-- The audit trail append-only in the database itself, not by convention: an UPDATE, DELETE or TRUNCATE of
-- audit.entry is refused whoever sends it. The one migration that differs by database (sql/by-database/h2 has
-- H2's form); DatabaseStartup and the tools' city-year add the folder of the database they migrate.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit.entry is append-only: no update, no delete' using errcode = 'insufficient_privilege';
end $$;
create trigger entry_append_only before update or delete on audit.entry for each row execute function audit.refuse_change();
create trigger entry_never_truncated before truncate on audit.entry for each statement execute function audit.refuse_change();
