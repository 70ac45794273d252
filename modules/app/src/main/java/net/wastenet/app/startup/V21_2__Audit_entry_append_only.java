package net.wastenet.app.startup;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit trail append-only in the database itself, not by convention: an UPDATE or DELETE of
 * {@code audit.entry} (and on PostgreSQL a TRUNCATE) is refused by a trigger, whoever sends it. The one
 * migration in Java because the trigger is the one statement H2 and PostgreSQL do not share: PostgreSQL
 * calls a PL/pgSQL function; H2 a Java class of {@code modules/h2-triggers}, which sits beside the H2 driver.
 */
public class V21_2__Audit_entry_append_only extends BaseJavaMigration {
    static final String REFUSAL = "audit.entry is append-only: no update, no delete";

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            if ("PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
                s.execute("create function audit.refuse_change() returns trigger language plpgsql as $$ begin "
                        + "raise exception '" + REFUSAL + "' using errcode = 'insufficient_privilege'; end $$");
                s.execute("create trigger entry_append_only before update or delete on audit.entry "
                        + "for each row execute function audit.refuse_change()");
                s.execute("create trigger entry_never_truncated before truncate on audit.entry "
                        + "for each statement execute function audit.refuse_change()");
            } else {
                s.execute("create trigger audit.entry_append_only before update, delete on audit.entry for each row "
                        + "call 'net.wastenet.h2.RefuseChange'");
            }
        }
    }
}
