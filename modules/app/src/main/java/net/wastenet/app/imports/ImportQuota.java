package net.wastenet.app.imports;

/**
 * The per-user quota of import files kept on the server (wastenet.imports.quotaBytesPerUser), reserved atomically: the
 * import is recorded in the transaction that holds the quota lock ({@link #LOCK}, one row, held until the transaction
 * ends) and reads the submitter's kept bytes under it ({@link #KEPT}), so two uploads at once (on any instance) are
 * recorded one after the other and the second sees the first. The upload itself is streamed before, against the bytes
 * kept when it began (a cut-off that bounds the disk an upload can take); this is the check that decides.
 */
final class ImportQuota {
    /** Takes the quota lock: held until the transaction ends. */
    static final String LOCK = "select id from imports.quota_lock where id = 1 for update";
    /** The submitter's kept bytes (?1): the files of their imports not yet removed. */
    static final String KEPT = "select coalesce(sum(file_bytes), 0) from imports.bulk_import where submitted_by = ?1 and file_removed_at is null";

    private ImportQuota() {
    }

    /** Whether a file of {@code bytes} fits beside {@code kept} bytes within {@code quota}. */
    static boolean fits(long kept, long bytes, long quota) {
        return kept + bytes <= quota;
    }
}
