package net.wastenet.reporting.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table (headers, rows of cells) as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese) or
 * XLSX: every download of WasteNet, the reporting exports and the charges' statements, one way.
 */
public final class TableFiles {
    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableFiles() {
    }

    public static void csv(List<String> headers, List<List<Object>> rows, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).build())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v instanceof BigDecimal b ? b.toPlainString()
                        : v instanceof Number || v instanceof LocalDate || v instanceof Boolean ? v.toString() : inert(v.toString())).toList());
            }
        }
    }

    public static void xlsx(String title, List<String> headers, List<List<Object>> rows, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "WasteNet", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName(title));
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                } else if (v instanceof Boolean b) {
                    ws.value(r, c, b);
                } else if (v != null) {
                    // a string cell of a workbook is never evaluated: the text as it is (a quote would show)
                    ws.value(r, c, v.toString());
                }
            }
            r++;
        }
        ws.freezePane(0, 1);
        wb.finish();
    }

    /**
     * A text cell a spreadsheet will show and never run: text that begins as a formula would ({@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with a single quote, the OWASP
     * rule against formula injection (a point named {@code =HYPERLINK(...)}), for CSV, whose cells a spreadsheet
     * reads as typed. An XLSX text cell is a string cell, never a formula, and is written as it is. Numbers are
     * written as numbers, untouched.
     */
    static String inert(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String sheetName(String title) {
        String clean = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
