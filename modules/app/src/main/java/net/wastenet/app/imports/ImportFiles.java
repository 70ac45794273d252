package net.wastenet.app.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.RecordImport;
import net.wastenet.shared.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** Where imported files are kept, and how they are read: UTF-8 CSV with a header line. */
final class ImportFiles {
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
            .setIgnoreEmptyLines(true).build();

    /** A file received: where it is, its size, its SHA-256 and its number of data rows. */
    record Stored(Path path, long bytes, String sha256, long rows) {
    }

    private ImportFiles() {
    }

    /**
     * Writes the body to a new file in {@code dir} and forces it to disk, then checks its header against
     * {@code header} and counts its rows. A file that fails is removed (400, field {@code header} or {@code body}).
     */
    static Stored receive(InputStream body, Path dir, List<String> header) {
        Path file = null;
        try {
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, "import-", ".csv");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long bytes;
            try (InputStream in = new DigestInputStream(body, sha);
                 OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
                bytes = in.transferTo(out);
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            long rows = 0;
            try (CSVParser parser = FORMAT.parse(reader(file))) {
                RecordImport.checkHeader(parser.getHeaderNames(), header);
                for (var ignored : parser) {
                    rows++;
                }
            } catch (IOException | IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
                BoundedCsvReader.TooLarge tooLarge = tooLarge(e);
                if (tooLarge != null) {
                    throw refusal(tooLarge);
                }
                // not UTF-8, an unclosed quote, a repeated column name, …
                throw new InvalidInputException("body", Text.of("is not readable CSV: " + e.getMessage(),
                        "不是可读取的 CSV：" + e.getMessage()));
            }
            Stored stored = new Stored(file, bytes, HexFormat.of().formatHex(sha.digest()), rows);
            file = null;
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                delete(file);
            }
        }
    }

    /** The file as the parser reads it: UTF-8, its fields and rows bounded ({@link BoundedCsvReader}). */
    static Reader reader(Path file) throws IOException {
        return new BoundedCsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    private static BoundedCsvReader.TooLarge tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BoundedCsvReader.TooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    /** 400 naming the column (the header's name for it; {@code header} on line 1, {@code body} past the last column). */
    static InvalidInputException refusal(BoundedCsvReader.TooLarge e) {
        List<String> names;
        try (CSVParser header = CSVFormat.DEFAULT.builder().setTrim(true).build().parse(new java.io.StringReader(e.header()))) {
            var first = header.iterator();
            names = first.hasNext() ? first.next().toList() : List.of();
        } catch (IOException | UncheckedIOException | IllegalStateException ignored) {
            names = List.of();
        }
        String field = e.line() == 1 ? "header" : e.column() < names.size() ? names.get(e.column()) : "body";
        Text why = e.wholeRow()
                ? Text.of("line " + e.line() + ": the row is longer than " + BoundedCsvReader.MAX_ROW
                        + " characters (a quote left open?); a row has at most " + BoundedCsvReader.MAX_ROW,
                        "第 " + e.line() + " 行超过 " + BoundedCsvReader.MAX_ROW + " 个字符（引号未闭合？）；每行最多 "
                                + BoundedCsvReader.MAX_ROW + " 个字符")
                : Text.of("line " + e.line() + ", column " + (e.column() + 1) + ": the field is longer than "
                        + BoundedCsvReader.MAX_FIELD + " characters (a quote left open?); a field has at most " + BoundedCsvReader.MAX_FIELD,
                        "第 " + e.line() + " 行第 " + (e.column() + 1) + " 列超过 " + BoundedCsvReader.MAX_FIELD
                                + " 个字符（引号未闭合？）；每个字段最多 " + BoundedCsvReader.MAX_FIELD + " 个字符");
        return new InvalidInputException(field, why);
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stray file in the imports folder; nothing refers to it
        }
    }
}
