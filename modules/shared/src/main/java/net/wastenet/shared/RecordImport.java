package net.wastenet.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One record type that a bulk import can load from CSV (tonnage logs, facility receipts, transfers).
 * The module that owns the records implements it; the bulk-import job reads the file, hands it
 * chunk by chunk to {@link #importChunk}, inside the chunk's transaction, and keeps what comes back.
 *
 * <p>An implementation stores the valid rows of a chunk and reports each refused row with its line,
 * field and reason; it never throws for a refused row (that would undo the chunk's valid rows). A row
 * whose client key is stored already with the same content counts as already stored, so a chunk
 * done twice (a restart after a crash) stores nothing twice.
 */
public interface RecordImport {
    /** The name in the API: {@code tonnage-logs}, {@code receipts}, {@code transfers}. */
    String recordType();

    /** The columns of the file, in the order a template shows them; every one must be in the header. */
    List<String> header();

    /** Whether the actor may import this type at all (row by row, scope is checked again). */
    boolean mayImport(Actor actor);

    /** One chunk, in the caller's transaction; {@code source} names the import in the audit trail (e.g. {@code import 51}). */
    Outcome importChunk(List<Row> rows, Actor actor, String source);

    /**
     * Whether a row depends on the others only through its client key (a weighing does; a receipt updates
     * its facility's capacity alert of the day too): then the rows may be loaded by several partitions at
     * once, each taking the rows of its keys in file order, and the outcome stays that of one by one.
     */
    default boolean rowsMeetOnlyThroughTheirKeys() {
        return false;
    }

    /** The client key a row will be stored under (the one it carries, or the one derived from its content). */
    default String keyOf(Row row) {
        return row.get("clientKey") == null ? String.join("\u001f", row.values().values()) : row.get("clientKey");
    }

    /** Refuses (400, field {@code header}) a header that lacks any of the columns. */
    static void checkHeader(List<String> names, List<String> header) {
        Set<String> missing = new LinkedHashSet<>(header);
        missing.removeAll(names);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("header", Text.of(
                    "lacks the column(s) " + missing + "; the header is " + String.join(",", header),
                    "缺少列 " + missing + "；表头应为 " + String.join(",", header)));
        }
    }

    /** Why a row with another number of columns than the header is refused. */
    static Text wrongColumnCount(int found, int expected) {
        return Text.of("has " + found + " columns, the header has " + expected,
                "有 " + found + " 列，表头有 " + expected + " 列");
    }

    /** One row of the file: its line (the header is line 1) and its values by column, blank as null. */
    record Row(long line, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    /** A refused row: its line, the field (null for the whole row) and why. */
    record Rejection(long line, String field, Text message) {
    }

    /** What one chunk did: rows stored now, rows found stored already, rows refused. */
    record Outcome(int accepted, int alreadyStored, List<Rejection> rejected) {
        public Outcome {
            rejected = List.copyOf(rejected);
        }

        /** Turns what a row's use case threw into rejections of that row; rethrows anything else. */
        public static List<Rejection> rejectionsOf(long line, RuntimeException e) {
            List<Rejection> out = new ArrayList<>();
            if (e instanceof InvalidInputException invalid) {
                invalid.errors().forEach(err -> out.add(new Rejection(line, err.field(), err.message())));
            } else if (e instanceof UnknownCodeException unknown) {
                out.add(new Rejection(line, unknown.field(), unknown.text()));
            } else if (e instanceof ConflictException conflict) {
                out.add(new Rejection(line, conflict.field(), conflict.text()));
            } else if (e instanceof NotYoursException notYours) {
                out.add(new Rejection(line, notYours.field(), notYours.text()));
            } else {
                throw e;
            }
            return out;
        }
    }
}
