package net.wastenet.shared;

/**
 * One change for the audit trail: which record (type and reference), what was done, by whom, why,
 * and the record before and after (values the platform can write as JSON; null where there is no
 * such side). Modules fire it, inside the transaction that made the change, as a CDI event; the
 * application keeps it append-only, so it exists exactly when the change does.
 */
public record AuditRecord(String recordType, String recordRef, String action, String actor, String reason, Object before,
                          Object after) {
    public static AuditRecord created(String recordType, Object recordRef, Actor actor, Object after) {
        return new AuditRecord(recordType, String.valueOf(recordRef), "CREATE", actor.name(), null, null, after);
    }

    public static AuditRecord changed(String recordType, Object recordRef, String action, Actor actor, String reason, Object before,
                                      Object after) {
        return new AuditRecord(recordType, String.valueOf(recordRef), action, actor.name(), reason, before, after);
    }
}
