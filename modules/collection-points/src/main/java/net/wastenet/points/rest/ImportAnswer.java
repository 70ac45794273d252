package net.wastenet.points.rest;

import java.util.List;

/** The answer to an import: rows stored now, rows found already stored, and each refused row. */
public record ImportAnswer(int accepted, int alreadyStored, List<Row> rejected) {
    /** A refused row: its line in the file (the header is line 1), the field, and why. */
    public record Row(long line, String field, String message) {
    }
}
