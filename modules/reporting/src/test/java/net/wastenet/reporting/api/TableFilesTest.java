package net.wastenet.reporting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.wastenet.reporting.application.Exports.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Downloads never carry a cell that a spreadsheet would run as a formula (OWASP CSV injection). */
class TableFilesTest {
    static final String FORMULA_STARTS = "=+-@\t\r";

    private static Table table(String name) {
        return new Table("t.csv", "Completeness", List.of("Point", "Name", "Imbalance (kg)"),
                List.of(List.of("JJ-P001", name, new BigDecimal("-12.500"))));
    }

    private static List<CSVRecord> csv(Table t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.csv(t.headers(), t.rows(), out);
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(text)).getRecords();
    }

    private static List<String> xlsxTexts(Table t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFiles.xlsx(t.title(), t.headers(), t.rows(), out);
        List<String> texts = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Row r : wb.getFirstSheet().read()) {
                r.stream().forEach(c -> {
                    if (c != null && c.getType() == org.dhatim.fastexcel.reader.CellType.STRING) {
                        texts.add(c.asString());
                    }
                    assertTrue(c == null || c.getFormula() == null, "a formula cell: " + c);
                });
            }
        }
        return texts;
    }

    @Example
    void aPointNamedAsAHyperlinkFormulaIsWrittenAsTextInBothFormats() throws IOException {
        String name = "=HYPERLINK(\"http://x\",\"h5\")";
        assertEquals("'" + name, csv(table(name)).get(0).get("Name"));
        assertTrue(xlsxTexts(table(name)).contains(name), "a workbook's string cell is text as it is, never run, and shows no quote");
        assertEquals("-12.500", csv(table(name)).get(0).get("Imbalance (kg)"), "numbers stay numbers");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("=+-@\t\r\n\"',;|中 ").ofMaxLength(20),
                Arbitraries.of("=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\",\"h5\")"));
    }

    @Property(tries = 200)
    void noTextCellBeginsAsAFormulaAndNothingElseChanges(@ForAll("names") String name) throws IOException {
        String written = csv(table(name)).get(0).get("Name");
        assertFalse(!written.isEmpty() && FORMULA_STARTS.indexOf(written.charAt(0)) >= 0, written);
        assertEquals(name, written.startsWith("'") && !name.startsWith("'") ? written.substring(1) : written);
    }
}
