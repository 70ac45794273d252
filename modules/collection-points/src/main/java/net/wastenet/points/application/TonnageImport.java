package net.wastenet.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.wastenet.points.application.TonnageLogging.ImportRow;
import net.wastenet.points.application.TonnageLogging.Rejection;
import net.wastenet.shared.Actor;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports a CSV of weighings ({@code pointCode,category,material,weightKg,weighedAt,clientKey}).
 * Valid rows are stored in chunks of {@value #CHUNK} rows, one transaction each; each refused row
 * is reported with its line, field and reason. A row without a client key gets one derived from
 * its content, so that importing the same file again stores nothing new.
 */
@ApplicationScoped
public class TonnageImport {
    public static final List<String> HEADER = List.of("pointCode", "category", "material", "weightKg", "weighedAt", "clientKey");
    static final int CHUNK = 500;

    @Inject
    TonnageLogging logging;

    /** The answer: rows stored now, rows found already stored, rows refused. */
    public record Result(int accepted, int alreadyStored, List<Rejection> rejected) {
    }

    public Result importCsv(Reader csv, Actor actor) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).build();
        int accepted = 0;
        int alreadyStored = 0;
        List<Rejection> rejected = new ArrayList<>();
        Set<String> keysSeen = new HashSet<>();
        try (CSVParser parser = format.parse(csv)) {
            checkHeader(parser.getHeaderNames());
            List<ImportRow> chunk = new ArrayList<>(CHUNK);
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    rejected.add(new Rejection(line, null, Text.of(
                            "has " + record.size() + " columns, the header has " + HEADER.size(),
                            "有 " + record.size() + " 列，表头有 " + HEADER.size() + " 列")));
                    continue;
                }
                BigDecimal weight;
                try {
                    weight = record.get("weightKg").isEmpty() ? null : new BigDecimal(record.get("weightKg"));
                } catch (NumberFormatException e) {
                    rejected.add(new Rejection(line, "weightKg", Text.of("is not a number", "不是数字")));
                    continue;
                }
                String key = record.get("clientKey").isEmpty() ? derivedKey(record) : record.get("clientKey");
                chunk.add(new ImportRow(line, new NewTonnageLog(blankToNull(record.get("pointCode")),
                        blankToNull(record.get("category")), blankToNull(record.get("material")), weight,
                        blankToNull(record.get("weighedAt")), key)));
                if (chunk.size() == CHUNK) {
                    var r = logging.importChunk(chunk, keysSeen, actor);
                    accepted += r.accepted();
                    alreadyStored += r.alreadyStored();
                    rejected.addAll(r.rejected());
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                var r = logging.importChunk(chunk, keysSeen, actor);
                accepted += r.accepted();
                alreadyStored += r.alreadyStored();
                rejected.addAll(r.rejected());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new InvalidInputException("body", Text.of("is not readable CSV: " + e.getMessage(),
                    "不是可读取的 CSV：" + e.getMessage()));
        }
        rejected.sort(java.util.Comparator.comparingLong(Rejection::line));
        return new Result(accepted, alreadyStored, rejected);
    }

    private static void checkHeader(List<String> names) {
        Set<String> missing = new java.util.LinkedHashSet<>(HEADER);
        missing.removeAll(names);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("header", Text.of(
                    "lacks the column(s) " + missing + "; the header is " + String.join(",", HEADER),
                    "缺少列 " + missing + "；表头应为 " + String.join(",", HEADER)));
        }
    }

    private static String derivedKey(CSVRecord r) {
        return "csv:" + Fingerprint.of(r.get("pointCode"), r.get("category"), r.get("material"), r.get("weightKg"),
                r.get("weighedAt")).substring(0, 60);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
