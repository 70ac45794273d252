package net.wastenet.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.wastenet.points.application.TonnageLogging.ImportRow;
import net.wastenet.shared.Actor;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.RecordImport.Rejection;
import net.wastenet.shared.RecordImport;
import net.wastenet.shared.Role;

/**
 * Weighings as a record type of the bulk import ({@code pointCode,category,material,weightKg,weighedAt,clientKey}):
 * chunk by chunk from the job, each row through the recording pipeline in batched mode. Each refused row
 * is reported with its line, field and reason. A row without a client key gets one derived from its
 * content, so that importing the same file again stores nothing new. The synchronous
 * {@code POST /tonnage-logs/import} is this same import, waited for.
 */
@ApplicationScoped
public class TonnageImport implements RecordImport {
    public static final List<String> HEADER = List.of("pointCode", "category", "material", "weightKg", "weighedAt", "clientKey");

    @Inject
    TonnageLogging logging;

    @Override
    public String recordType() {
        return "tonnage-logs";
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public boolean mayImport(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.STATION_STAFF);
    }

    /**
     * One chunk of a bulk import, in the caller's transaction. A client key repeated from an earlier
     * chunk is found in the database (same content: already stored; other content: refused), so no
     * set of the file's keys is kept between chunks and a restarted job needs none.
     */
    @Override
    public Outcome importChunk(List<Row> rows, Actor actor, String source) {
        List<Rejection> rejected = new ArrayList<>();
        List<ImportRow> valid = new ArrayList<>(rows.size());
        for (Row row : rows) {
            toImportRow(row, rejected, valid);
        }
        Outcome stored = valid.isEmpty() ? new Outcome(0, 0, List.of()) : logging.importChunk(valid, actor, source);
        rejected.addAll(stored.rejected());
        return new Outcome(stored.accepted(), stored.alreadyStored(), rejected);
    }

    /** Weighings meet only through their client keys: the point-day rule reads sums, whatever their order. */
    @Override
    public boolean rowsMeetOnlyThroughTheirKeys() {
        return true;
    }

    @Override
    public String keyOf(Row row) {
        return key(row);
    }

    /** A row's weighing, or its rejection when the weight is not a number. */
    private static void toImportRow(Row row, List<Rejection> rejected, List<ImportRow> valid) {
        Problems p = new Problems();
        BigDecimal weight = Parse.decimal(row.get("weightKg"), "weightKg", p);
        if (!p.isEmpty()) {
            p.errors().forEach(e -> rejected.add(new Rejection(row.line(), e.field(), e.message())));
            return;
        }
        String key = key(row);
        valid.add(new ImportRow(row.line(), new NewTonnageLog(row.get("pointCode"), row.get("category"),
                row.get("material"), weight, row.get("weighedAt"), key)));
    }

    private static String key(Row row) {
        return row.get("clientKey") == null ? derivedKey(row) : row.get("clientKey");
    }

    private static String derivedKey(Row r) {
        return "csv:" + Fingerprint.of(r.get("pointCode"), r.get("category"), r.get("material"), r.get("weightKg"),
                r.get("weighedAt")).substring(0, 60);
    }
}
