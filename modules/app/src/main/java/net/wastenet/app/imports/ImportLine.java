package net.wastenet.app.imports;

import java.util.Map;

/** One data row read from an import's file: its line (the header is line 1), its values, and how many columns it had. */
record ImportLine(long line, Map<String, String> values, int columns, boolean consistent) {
}
