package net.wastenet.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Bulk import against its ceiling (docs/performance.md): one CSV file of weighings at points that take
 * kitchen waste and are active over the last {@code --days} days, loaded (1) by a raw JDBC batch insert
 * of the rows a weighing consists of (tonnage_log, tonnage_revision, the read model's point_log; no
 * checks, chunks of 1,000 rows per commit, removed again afterwards) and (2) by the server's bulk import
 * ({@code POST /api/v1/imports}, timed from the upload's start until the job reports COMPLETED, rows
 * checked as the API checks them). Prints both rates and the ratio, and checks that every row the
 * import accepted is stored once.
 *
 * <p>{@code bench-import --db JDBC_URL [--base http://localhost:9080] [--rows 1000000] [--days 28]
 * [--last-day D] [--user admin --password wastenet]}; {@code import-file --db JDBC_URL --out F [--rows N]
 * [--prefix P]} writes the file only (the CI's kill-and-resume test uses it).
 */
final class ImportBench {
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final int CHUNK = 1000;

    record Point(long id, String code, String district) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        String base = o.getOrDefault("base", "http://localhost:9080");
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
            throw new IllegalArgumentException("load is sent to loopback only: " + base);
        }
        int rows = Integer.parseInt(o.getOrDefault("rows", "1000000"));
        String run = Long.toString(System.currentTimeMillis(), 36);
        Path file = Files.createTempFile("wastenet-import-", ".csv");
        try (Connection db = connect(o)) {
            List<Point> points = writeFile(db, o, file, rows, "imp-" + run + "-");
            System.out.printf(Locale.ROOT, "import benchmark: %,d weighings at %,d points, %,d bytes of CSV, server %s%n", rows,
                    points.size(), Files.size(file), base);
            double ceiling = ceiling(db, file, points);
            double imported = imported(o, base, file, rows, db, "imp-" + run + "-");
            System.out.printf(Locale.ROOT, "ratio: bulk import %,.0f rows/s / JDBC batch %,.0f rows/s = %.1f %% (goal >= 50 %%)%n",
                    imported, ceiling, 100 * imported / ceiling);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** {@code import-file}: the benchmark's file, written only. */
    static void file(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        Path out = Path.of(o.get("out"));
        int rows = Integer.parseInt(o.getOrDefault("rows", "10000"));
        try (Connection db = connect(o)) {
            List<Point> points = writeFile(db, o, out, rows, o.getOrDefault("prefix", "imp-" + Long.toString(System.currentTimeMillis(), 36) + "-"));
            System.out.printf(Locale.ROOT, "%s: %,d weighings at %,d points%n", out, rows, points.size());
        }
    }

    private static Connection connect(Map<String, String> o) throws SQLException {
        return DriverManager.getConnection(o.get("db"), o.getOrDefault("user", "wastenet"), o.getOrDefault("password", "wastenet"));
    }

    /** Points taking kitchen waste, active on every day of the window (so that no row is refused for its point's status). */
    static List<Point> points(Connection db, LocalDate first, LocalDate last) throws SQLException {
        List<Point> points = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                select p.id, p.code, p.district_code from points.collection_point p
                join points.point_category c on c.point_id = p.id and c.category = 'KITCHEN'
                where p.active_from <= ?
                  and coalesce((select s.status from points.point_status_change s where s.point_id = p.id and s.effective_from <= ?
                                order by s.effective_from desc, s.id desc fetch first 1 rows only), 'ACTIVE') = 'ACTIVE'
                  and not exists (select 1 from points.point_status_change s where s.point_id = p.id
                                  and s.effective_from > ? and s.effective_from <= ?)
                order by p.id""")) {
            s.setObject(1, first);
            s.setObject(2, first);
            s.setObject(3, first);
            s.setObject(4, last);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    points.add(new Point(r.getLong(1), r.getString(2), r.getString(3)));
                }
            }
        }
        if (points.isEmpty()) {
            throw new IllegalStateException("no point takes kitchen waste and is active from " + first + " to " + last);
        }
        return points;
    }

    /** Writes {@code rows} weighings spread over the points and the window's days, keys {@code prefix + n}. */
    static List<Point> writeFile(Connection db, Map<String, String> o, Path file, int rows, String prefix) throws SQLException, IOException {
        LocalDate last = o.containsKey("last-day") ? LocalDate.parse(o.get("last-day")) : LocalDate.now(CITY).minusDays(1);
        int days = Integer.parseInt(o.getOrDefault("days", "28"));
        LocalDate first = last.minusDays(days - 1L);
        List<Point> points = points(db, first, last);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("pointCode,category,material,weightKg,weighedAt,clientKey\n");
            for (int n = 0; n < rows; n++) {
                Point p = points.get(n % points.size());
                LocalDate day = first.plusDays((n / points.size()) % days);
                int slot = n / (points.size() * days);
                LocalDateTime at = day.atTime(6, 0).plusSeconds(37L * (slot % 1500));
                w.write(p.code() + ",KITCHEN,," + (20 + (n * 37L) % 380) + ".5," + at.atZone(CITY).toOffsetDateTime() + "," + prefix + n + "\n");
            }
        }
        return points;
    }

    /** The raw JDBC batch: the same rows parsed from the same file, inserted without any check, then removed. */
    static double ceiling(Connection db, Path file, List<Point> points) throws SQLException, IOException {
        Map<String, Point> byCode = new HashMap<>();
        points.forEach(p -> byCode.put(p.code(), p));
        long firstId;
        try (var s = db.createStatement(); ResultSet r = s.executeQuery("select coalesce(max(id), 0) from points.tonnage_log")) {
            r.next();
            firstId = r.getLong(1) + 1_000_000_000L;
        }
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(CITY));
        long id = firstId;
        long started = System.nanoTime();
        try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             PreparedStatement log = db.prepareStatement("insert into points.tonnage_log (id, point_id, point_code, district_code, category, "
                     + "material, weight_kg, weighed_at, weighed_on, revision, client_key, request_hash, created_at, created_by, version) "
                     + "values (?,?,?,?,?,?,?,?,?,1,?,'ceiling',?,'bench',1)");
             PreparedStatement revision = db.prepareStatement("insert into points.tonnage_revision (log_id, revision, category, material, "
                     + "weight_kg, reason, recorded_at, recorded_by) values (?,1,?,?,?,null,?,'bench')");
             PreparedStatement fact = db.prepareStatement("insert into reporting.point_log (log_id, point_code, district_code, fact_on, "
                     + "category, weight_kg) values (?,?,?,?,?,?)")) {
            int inChunk = 0;
            for (CSVRecord r : csv) {
                Point p = byCode.get(r.get("pointCode"));
                BigDecimal kg = new BigDecimal(r.get("weightKg"));
                LocalDateTime at = OffsetDateTime.parse(r.get("weighedAt")).atZoneSameInstant(CITY).toLocalDateTime();
                String material = r.get("material").isEmpty() ? null : r.get("material");
                CityYear.row(log, id, p.id(), p.code(), p.district(), r.get("category"), material, kg, Timestamp.valueOf(at), at.toLocalDate(),
                        "ceil-" + r.get("clientKey"), now);
                CityYear.row(revision, id, r.get("category"), material, kg, now);
                CityYear.row(fact, id, p.code(), p.district(), at.toLocalDate(), r.get("category"), kg);
                id++;
                if (++inChunk == CHUNK) {
                    execute(db, log, revision, fact);
                    inChunk = 0;
                }
            }
            execute(db, log, revision, fact);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long count = id - firstId;
        try (var s = db.createStatement()) {
            s.executeUpdate("delete from reporting.point_log where log_id >= " + firstId);
            s.executeUpdate("delete from points.tonnage_revision where log_id >= " + firstId);
            s.executeUpdate("delete from points.tonnage_log where id >= " + firstId);
        }
        db.commit();
        db.setAutoCommit(autoCommit);
        double rate = count / seconds;
        System.out.printf(Locale.ROOT, "ceiling (JDBC batch)  %,9d rows in %6.1f s = %,8.0f rows/s   (3 rows written per weighing, commit per %,d; removed again)%n",
                count, seconds, rate, CHUNK);
        return rate;
    }

    private static void execute(Connection db, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
        db.commit();
    }

    /** The server's bulk import: upload, then poll until the job reports COMPLETED (or FAILED). */
    static double imported(Map<String, String> o, String base, Path file, int rows, Connection db, String prefix) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((o.getOrDefault("user", "admin") + ":"
                + o.getOrDefault("password", "wastenet")).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        long started = System.nanoTime();
        HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports?recordType=tonnage-logs&fileName=bench.csv"))
                .header("Authorization", auth).header("Content-Type", "text/csv").timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        double uploaded = (System.nanoTime() - started) / 1e9;
        if (submitted.statusCode() != 202) {
            throw new IllegalStateException("POST /imports answered " + submitted.statusCode() + ": " + submitted.body());
        }
        long id = number(submitted.body(), "id");
        String view;
        while (true) {
            Thread.sleep(250);
            view = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + id)).header("Authorization", auth)
                    .timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString()).body();
            String status = text(view, "status");
            if (status.equals("COMPLETED")) {
                break;
            }
            if (status.equals("FAILED") || status.equals("STOPPED")) {
                throw new IllegalStateException("import " + id + " " + status + ": " + view);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long accepted = number(view, "accepted");
        long rejected = number(view, "rejectedRows");
        long stored;
        try (PreparedStatement s = db.prepareStatement("select count(*) from points.tonnage_log where client_key like ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                stored = r.getLong(1);
            }
        }
        double rate = rows / seconds;
        System.out.printf(Locale.ROOT, "bulk import (API)     %,9d rows in %6.1f s = %,8.0f rows/s   (upload, header check and count %.1f s; "
                + "accepted %,d, refused %,d, stored %,d)%n", rows, seconds, rate, uploaded, accepted, rejected, stored);
        if (accepted + rejected != rows || stored != accepted) {
            throw new IllegalStateException("import " + id + ": " + accepted + " accepted + " + rejected + " refused of " + rows
                    + " rows, " + stored + " stored");
        }
        return rate;
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return m.group(1);
    }
}
