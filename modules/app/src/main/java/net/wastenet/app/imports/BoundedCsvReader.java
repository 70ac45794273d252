package net.wastenet.app.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a CSV file for the parser while bounding what it holds: a field longer than {@link #MAX_FIELD}
 * characters or a row longer than {@link #MAX_ROW} stops the reading with {@link TooLarge}, naming the row's
 * line (as the API counts lines: the header is line 1, empty lines are skipped) and the column. The parser
 * would otherwise keep a field whole in memory (an unclosed quote makes the rest of the file one field).
 * It follows the quoting of {@link ImportFiles#FORMAT} exactly as Commons CSV's lexer reads it (RFC 4180): a
 * {@code "} opens a quoted field only as the field's first character (elsewhere it is a character of the field), a
 * doubled {@code ""} inside quotes is one quote, and a record ends at LF, CR LF or a lone CR outside quotes; so it
 * always agrees with the parser on where fields and rows end, and a quote in the middle of a field can neither hide a
 * long quoted field from the limits nor make a good file look like one long field.
 */
final class BoundedCsvReader extends FilterReader {
    /** The longest field, in characters: a code is at most 32, a client key 64, a time about 30. */
    static final int MAX_FIELD = 1024;
    /** The longest row, in characters. */
    static final int MAX_ROW = 8192;

    /** Reading stopped at a field or row beyond the limits. */
    static final class TooLarge extends IOException {
        private final long line;
        private final int column;
        private final boolean wholeRow;
        private final String header;

        TooLarge(long line, int column, boolean wholeRow, String header) {
            super((wholeRow ? "row" : "field " + column) + " of line " + line + " too long");
            this.line = line;
            this.column = column;
            this.wholeRow = wholeRow;
            this.header = header;
        }

        /** The header line as read (the parser may not have seen it yet: it reads ahead), or "" on line 1. */
        String header() {
            return header;
        }

        /** The row's line: the header is line 1. */
        long line() {
            return line;
        }

        /** The column being read, from 0. */
        int column() {
            return column;
        }

        boolean wholeRow() {
            return wholeRow;
        }
    }

    private final int maxField;
    private final int maxRow;
    private long line = 1;
    private int column;
    private int fieldChars;
    private int rowChars;
    /** Where in a field the reading is: at its start, in an unquoted field, in quotes, or just after a quote in quotes. */
    private static final int FIELD_START = 0;
    private static final int PLAIN = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;
    private static final int AFTER_QUOTED = 4;
    private int state = FIELD_START;
    private boolean afterCr;
    private boolean rowContent;
    private final StringBuilder header = new StringBuilder();

    BoundedCsvReader(Reader in) {
        this(in, MAX_FIELD, MAX_ROW);
    }

    BoundedCsvReader(Reader in, int maxField, int maxRow) {
        super(in);
        this.maxField = maxField;
        this.maxRow = maxRow;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            see(buf[off + i]);
        }
        return n;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark not supported");
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("reset not supported");
    }

    @Override
    public long skip(long n) throws IOException {
        char[] buf = new char[(int) Math.min(n, 8192)];
        int read = read(buf, 0, buf.length);
        return Math.max(read, 0);
    }

    private void see(char c) throws TooLarge {
        if (line == 1 && header.length() <= maxRow) {
            header.append(c);
        }
        if (afterCr) {
            afterCr = false;
            if (c == '\n') {
                return; // CR LF: one line end
            }
        }
        if (state == QUOTED) {
            if (c == '"') {
                state = QUOTE_IN_QUOTED;
            } else {
                count(); // a comma or a line break inside quotes is the field's content
            }
            return;
        }
        if (state == QUOTE_IN_QUOTED) {
            if (c == '"') {
                state = QUOTED; // a doubled quote: one quote of the field
                count();
                return;
            }
            state = AFTER_QUOTED; // the closing quote
        }
        if (state == AFTER_QUOTED && c != ',' && c != '\n' && c != '\r') {
            // the parser skips white space after a closing quote and refuses anything else: neither is the field's
            if (!Character.isWhitespace(c)) {
                count();
            }
            return;
        }
        if (c == ',') {
            column++;
            fieldChars = 0;
            rowContent = true;
            state = FIELD_START;
            if (++rowChars > maxRow) {
                throw new TooLarge(line, column, true, line == 1 ? "" : header.toString());
            }
        } else if (c == '\n' || c == '\r') {
            // the parser ends a record at LF, CR LF and a lone CR alike
            if (rowContent) {
                line++;
            }
            afterCr = c == '\r';
            column = 0;
            fieldChars = 0;
            rowChars = 0;
            rowContent = false;
            state = FIELD_START;
        } else if (c == '"' && state == FIELD_START) {
            state = QUOTED; // a quote opens a quoted field only as the field's first character
            rowContent = true;
        } else {
            state = PLAIN; // anywhere else, a quote is a character of the field (RFC 4180 as Commons CSV reads it)
            count();
        }
    }

    private void count() throws TooLarge {
        rowContent = true;
        fieldChars++;
        rowChars++;
        if (fieldChars > maxField) {
            throw new TooLarge(line, column, false, line == 1 ? "" : header.toString());
        }
        if (rowChars > maxRow) {
            throw new TooLarge(line, column, true, line == 1 ? "" : header.toString());
        }
    }
}
