package net.wastenet.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.wastenet.shared.InvalidInputException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A file for a bulk import is read with every field and row bounded: an oversized field (a quote left
 * open makes the rest of the file one field) is refused with its line and column before it is held in
 * memory, and a file within the bounds reads exactly as the CSV parser alone reads it.
 */
class BoundedCsvTest {
    static final List<String> HEADER = List.of("pointCode", "category", "material", "weightKg", "weighedAt", "clientKey");
    final Path dir;

    BoundedCsvTest() throws IOException {
        dir = Files.createTempDirectory("bounded-csv");
    }

    @AfterProperty
    void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20),
                Arbitraries.strings().withChars("ab,\"\n\r 中").ofMaxLength(30),
                Arbitraries.strings().alpha().ofMaxLength(BoundedCsvReader.MAX_FIELD));
    }

    private static String quoted(String f) {
        return "\"" + f.replace("\"", "\"\"") + "\"";
    }

    private static String csv(List<List<String>> rows, String newline) {
        StringBuilder b = new StringBuilder(String.join(",", HEADER)).append(newline);
        for (List<String> row : rows) {
            b.append(row.stream().map(BoundedCsvTest::quoted).collect(Collectors.joining(","))).append(newline);
        }
        return b.toString();
    }

    private static List<List<String>> records(java.io.Reader reader) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser p = ImportFiles.FORMAT.parse(reader)) {
            for (CSVRecord r : p) {
                out.add(new ArrayList<>(r.toList()));
                out.get(out.size() - 1).add(0, String.valueOf(r.getRecordNumber()));
            }
        }
        return out;
    }

    @Property(tries = 30)
    void aFileWithinTheBoundsReadsAsTheParserAloneReadsIt(@ForAll @net.jqwik.api.constraints.Size(max = 60) List<@net.jqwik.api.From("fields") String> values, @ForAll boolean crlf) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i + 6 <= values.size(); i += 6) {
            rows.add(values.subList(i, i + 6));
        }
        String text = csv(rows, crlf ? "\r\n" : "\n");
        assertEquals(records(new StringReader(text)), records(new BoundedCsvReader(new StringReader(text))));
    }

    @Property(tries = 60)
    void anOversizedFieldIsRefusedNamingItsLineAndColumn(@ForAll @IntRange(min = 0, max = 30) int rowsBefore,
                                                         @ForAll @IntRange(min = 0, max = 5) int column,
                                                         @ForAll boolean closed) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < rowsBefore; i++) {
            rows.add(List.of("JJ-P001", "KITCHEN", "", "12.5", "2026-03-05T08:30:00+08:00", "k-" + i));
        }
        String before = csv(rows, "\n");
        StringBuilder bad = new StringBuilder();
        for (int c = 0; c < 6; c++) {
            bad.append(c == 0 ? "" : ",");
            bad.append(c == column ? "\"" + "x,\n".repeat(BoundedCsvReader.MAX_FIELD) + (closed ? "\"" : "") : "v");
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ImportFiles.receive(
                new ByteArrayInputStream((before + bad + "\nJJ-P001,KITCHEN,,1,2026-03-05T08:30:00+08:00,z\n").getBytes(StandardCharsets.UTF_8)),
                dir, HEADER));
        assertEquals(HEADER.get(column), e.errors().get(0).field(), e.errors().toString());
        assertTrue(e.errors().get(0).message().en().startsWith("line " + (rowsBefore + 2) + ", column " + (column + 1)),
                e.errors().get(0).message().en());
    }

    /** The file: one quoted field of 450 MB, streamed (never in the test's memory either). */
    @Example
    void aFileHoldingOneQuotedFieldOf450MegabytesIsRefusedWithItsLineAndField() {
        long size = 450L << 20;
        InputStream field = new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        InputStream file = new SequenceInputStream(new SequenceInputStream(
                new ByteArrayInputStream((String.join(",", HEADER) + "\nJJ-P001,KITCHEN,,\"").getBytes(StandardCharsets.UTF_8)), field),
                new ByteArrayInputStream("\",2026-03-05T08:30:00+08:00,k\n".getBytes(StandardCharsets.UTF_8)));
        long start = System.nanoTime();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ImportFiles.receive(file, dir, HEADER));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("weightKg", e.errors().get(0).field(), e.errors().toString());
        assertTrue(e.errors().get(0).message().en().startsWith("line 2, column 4"), e.errors().get(0).message().en());
        System.out.println("450 MB quoted field refused in " + millis + " ms (written to disk, then read up to the bound)");
    }

    /** Raw text, quotes anywhere (mid-field too), lone CRs, CR LF and LF: whatever a careless or hostile client sends. */
    @Provide
    Arbitrary<String> rawText() {
        return Arbitraries.strings().withChars("ab ,\"\r\n").ofMaxLength(60);
    }

    /**
     * Against Commons CSV itself (the parser the imports use, RFC 4180 as its lexer reads it): with small bounds, any text
     * the parser reads with every field and row within them reads exactly as the parser alone reads it, and any text it
     * reads with a field or a row beyond them is refused. A quote in the middle of an unquoted field is a character of the
     * field: it neither opens quotes (hiding what follows from the limits) nor makes the rest of the file one field.
     */
    @Property(tries = 3000)
    void quotesAnywhereAreReadAsCommonsCsvReadsThem(@ForAll("rawText") String text) throws IOException {
        int maxField = 6;
        int maxRow = 20;
        List<CSVRecord> raw;
        try (CSVParser p = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build().parse(new StringReader(text))) {
            raw = p.getRecords();
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            return; // text the parser refuses anyway (a character after a closing quote, quotes left open)
        }
        boolean within = true;
        for (CSVRecord r : raw) {
            int row = r.size() - 1;
            for (String f : r) {
                within &= f.length() <= maxField;
                row += f.length();
            }
            within &= row <= maxRow;
        }
        if (within) {
            assertEquals(rawRecords(new StringReader(text)), rawRecords(new BoundedCsvReader(new StringReader(text), maxField, maxRow)), text);
        } else {
            Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> rawRecords(new BoundedCsvReader(new StringReader(text), maxField, maxRow)), text);
            assertTrue(tooLarge(e), () -> "refused for another reason than the bounds: " + e + " in " + text);
        }
    }

    /** The records as the imports' format reads them, the first line a record too (any text may be there). */
    private static List<List<String>> rawRecords(java.io.Reader reader) throws IOException {
        try (CSVParser p = ImportFiles.FORMAT.builder().setHeader((String[]) null).setSkipHeaderRecord(false).build().parse(reader)) {
            return p.getRecords().stream().map(r -> List.copyOf(r.toList())).toList();
        }
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BoundedCsvReader.TooLarge) {
                return true;
            }
        }
        return false;
    }

    /** A mid-field quote followed by a long quoted field broken by line ends: the long field is still refused. */
    @Example
    void aQuoteInsideAFieldCannotHideALongQuotedFieldFromTheLimits() {
        String text = String.join(",", HEADER) + "\nJJ-P001,a\"b,\"" + ("x".repeat(1000) + "\n").repeat(5) + "\",12,2026-03-05T08:30:00+08:00,k\n";
        Exception e = assertThrows(Exception.class, () -> records(new BoundedCsvReader(new StringReader(text))));
        assertTrue(tooLarge(e), e::toString);
    }

    /** A mid-field quote in an ordinary file: the file reads as the parser reads it, it is not one long field. */
    @Example
    void aQuoteInsideAFieldIsACharacterOfIt() throws IOException {
        StringBuilder text = new StringBuilder(String.join(",", HEADER)).append("\nJJ-P001,KITCHEN,,12\"5,2026-03-05T08:30:00+08:00,k0\n");
        for (int i = 1; i < 2000; i++) {
            text.append("JJ-P001,KITCHEN,,12.5,2026-03-05T08:30:00+08:00,k").append(i).append('\n');
        }
        List<List<String>> read = records(new BoundedCsvReader(new StringReader(text.toString())));
        assertEquals(records(new StringReader(text.toString())), read);
        assertEquals("12\"5", read.get(0).get(4));
    }

    /** Lone CRs end records for the parser: they end rows for the limits too. */
    @Example
    void loneCarriageReturnsEndRows() throws IOException {
        String text = String.join(",", HEADER) + "\r" + "JJ-P001,KITCHEN,,12.5,2026-03-05T08:30:00+08:00,k\r".repeat(400);
        assertEquals(records(new StringReader(text)), records(new BoundedCsvReader(new StringReader(text))));
    }
}
