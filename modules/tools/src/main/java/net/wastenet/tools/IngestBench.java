package net.wastenet.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tonnage ingest over HTTP beside the machine's own ceilings, in one run (docs/performance.md):
 * <ol>
 *   <li>PostgreSQL's durable-write ceiling: {@code pgbench -N} with as many clients, on the same database
 *       server (its own scratch database, initialised at scale 10 when empty);</li>
 *   <li>the HTTP ceiling: the same server's echo endpoint (same sign-in, same JSON, no database);</li>
 *   <li>ingest spread over a district's points ({@code POST /api/v1/tonnage-logs}, each with its own key);</li>
 *   <li>ingest concentrated on one point that already holds a long day ({@code --history} weighings of today,
 *       loaded through the bulk import first).</li>
 * </ol>
 * The load comes from wrk (C, epoll, keep-alive connections on loopback), so that the client is not the
 * bottleneck; it shares the machine's cores with the server and the database. Every weighing answered
 * is then counted in the database: each stored exactly once, none refused, or the run fails.
 *
 * <p>{@code bench-ingest --base http://localhost:9080 --db JDBC_URL [--connections 32] [--seconds 20]
 * [--warmup 60] [--district 510104] [--history 45000] [--pgbench-db NAME] [--pid-file F]}
 */
final class IngestBench {
    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    private static final Pattern RESULT = Pattern.compile(
            "RESULT requests=(\\d+) seconds=([\\d.]+) p50=([\\d.]+) p99=([\\d.]+) max=([\\d.]+) non2xx=(\\d+) errors=(\\d+)");

    /** One wrk run as it reported. */
    record Run(String name, long requests, double seconds, double p50, double p99, double max, long refused, long errors) {
        double rate() {
            return requests / seconds;
        }

        String line() {
            return String.format(Locale.ROOT, "%-34s %,9d in %5.1f s = %,8.0f /s   p50 %6.1f ms   p99 %6.1f ms   max %7.1f ms   refused %d   errors %d",
                    name, requests, seconds, rate(), p50, p99, max, refused, errors);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        String base = o.getOrDefault("base", "http://localhost:9080");
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
            throw new IllegalArgumentException("load is sent to loopback only: " + base);
        }
        int connections = Integer.parseInt(o.getOrDefault("connections", "32"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "60"));
        int history = Integer.parseInt(o.getOrDefault("history", "45000"));
        String auth = "Basic " + Base64.getEncoder().encodeToString((o.getOrDefault("user", "admin") + ":"
                + o.getOrDefault("password", "wastenet")).getBytes(StandardCharsets.UTF_8));
        String district = o.getOrDefault("district", "510104");
        String run = "ingest-" + Long.toString(System.currentTimeMillis(), 36);
        Path work = Files.createTempDirectory("bench-ingest");
        Path script = work.resolve("ingest.lua");
        try (InputStream in = IngestBench.class.getResourceAsStream("/ingest.lua")) {
            Files.copy(in, script);
        }
        try (Connection db = DriverManager.getConnection(o.get("db"), o.getOrDefault("db-user", "wastenet"),
                o.getOrDefault("db-password", "wastenet"))) {
            List<String> points = points(db, district);
            Path spread = Files.write(work.resolve("spread.txt"), points);
            Path one = Files.write(work.resolve("one.txt"), List.of(points.get(0)));
            System.out.printf(Locale.ROOT, "ingest benchmark: %s, %d connections, %d s a run after %d s of warm-up, %d points of district %s; "
                    + "concentrated on %s after %,d weighings of today there%n", base, connections, seconds, warmup, points.size(), district,
                    points.get(0), history);

            Double pgbench = o.containsKey("pgbench-db") ? pgbench(o, connections, seconds) : null;
            Wrk wrk = new Wrk(script, base, auth, connections);
            wrk.run("warm-up (echo)", "/api/v1/diagnostics/echo", spread, run + "-w0", Math.max(5, warmup / 4));
            wrk.run("warm-up (ingest)", "/api/v1/tonnage-logs", spread, run + "-w1", warmup);
            Run echo = wrk.run("ceiling: HTTP echo", "/api/v1/diagnostics/echo", spread, run + "-e", seconds);
            Run ingest = wrk.run("ingest, spread over the district", "/api/v1/tonnage-logs", spread, run + "-s", seconds);
            long storedSpread = stored(db, run + "-s-%");

            pourHistory(base, auth, points.get(0), history, run + "-h", work);
            Run concentrated = wrk.run("ingest, all on one busy point", "/api/v1/tonnage-logs", one, run + "-c", seconds);
            long storedOne = stored(db, run + "-c-%");

            System.out.println();
            if (pgbench != null) {
                System.out.printf(Locale.ROOT, "%-34s %,8.0f transactions/s (pgbench -N, %d clients, %d s)%n", "ceiling: PostgreSQL durable writes",
                        pgbench, connections, seconds);
            }
            System.out.println(echo.line());
            System.out.println(ingest.line());
            System.out.println(concentrated.line());
            if (pgbench != null) {
                System.out.printf(Locale.ROOT, "spread ingest / pgbench -N: %.1f %% (goal >= 50 %%), p99 %.1f ms (goal < 50 ms)%n",
                        100 * ingest.rate() / pgbench, ingest.p99());
            }
            System.out.printf(Locale.ROOT, "spread ingest / HTTP echo: %.1f %%; one busy point / spread: %.1f %% (goal >= 25 %%)%n",
                    100 * ingest.rate() / echo.rate(), 100 * concentrated.rate() / ingest.rate());
            System.out.printf(Locale.ROOT, "stored: %,d for %,d answered spread, %,d for %,d answered on one point "
                    + "(each key once; at most %d more in flight when the load stopped)%n", storedSpread, ingest.requests(), storedOne,
                    concentrated.requests(), connections);
            if (o.containsKey("pid-file")) {
                System.out.println("server resident memory after the load: " + Memory.residentMiB(o.get("pid-file")) + " MiB");
            }
            // wrk counts the answers it read; requests still in flight when it stops may be stored without an answer read
            boolean failed = ingest.refused() + ingest.errors() + concentrated.refused() + concentrated.errors() + echo.refused() > 0
                    || storedSpread < ingest.requests() || storedSpread > ingest.requests() + connections
                    || storedOne < concentrated.requests() || storedOne > concentrated.requests() + connections;
            if (failed) {
                System.out.println("bench-ingest: FAILED: a weighing was refused, lost or stored twice");
                System.exit(1);
            }
        }
    }

    /** Runs wrk with the ingest script and reads its RESULT line. */
    record Wrk(Path script, String base, String auth, int connections) {
        Run run(String name, String target, Path points, String keys, int seconds) throws IOException, InterruptedException {
            ProcessBuilder pb = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "30s",
                    "-s", script.toString(), base).redirectErrorStream(true);
            pb.environment().put("POINTS", points.toString());
            pb.environment().put("RUN", keys);
            pb.environment().put("TARGET", target);
            pb.environment().put("AUTH", auth);
            pb.environment().put("AT", OffsetDateTime.now(CITY).minusMinutes(2).truncatedTo(ChronoUnit.SECONDS).toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + out);
            }
            Matcher m = RESULT.matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("no result from wrk: " + out);
            }
            Run r = new Run(name, Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)), Long.parseLong(m.group(6)), Long.parseLong(m.group(7)));
            System.out.println(r.line());
            int refusal = out.indexOf("FIRST-REFUSAL");
            if (refusal >= 0) {
                System.out.println("  " + out.substring(refusal).lines().findFirst().orElse(""));
            }
            return r;
        }
    }

    /**
     * PostgreSQL's own rate of small durable transactions ({@code pgbench -N}: an update, a select, an insert, a
     * commit) on the same server, in a scratch database of its own, initialised at scale 10 when it has no tables.
     */
    static double pgbench(Map<String, String> o, int clients, int seconds) throws IOException, InterruptedException {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/.*").matcher(o.get("db"));
        if (!url.matches()) {
            throw new IllegalArgumentException("pgbench needs the PostgreSQL URL of --db: " + o.get("db"));
        }
        List<String> connect = List.of("-h", url.group(1), "-p", url.group(2) == null ? "5432" : url.group(2), "-U",
                o.getOrDefault("db-user", "wastenet"));
        String database = o.get("pgbench-db");
        String password = o.getOrDefault("db-password", "wastenet");
        String probe = exec(List.of("psql", "-At", "-c", "select count(*) from pgbench_branches"), connect, database, password, true);
        if (!probe.strip().matches("\\d+")) {
            exec(List.of("pgbench", "-i", "-s", "10", "-q"), connect, database, password, false);
        }
        String out = exec(List.of("pgbench", "-N", "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds)), connect,
                database, password, false);
        Matcher tps = Pattern.compile("tps = ([\\d.]+)").matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("no tps from pgbench: " + out);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static String exec(List<String> command, List<String> connect, String database, String password, boolean mayFail)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(command);
        all.addAll(connect);
        all.add(database);
        ProcessBuilder pb = new ProcessBuilder(all).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", password);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 && !mayFail) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    /** The district's points active today that take residual waste. */
    static List<String> points(Connection db, String district) throws SQLException {
        List<String> codes = new ArrayList<>();
        LocalDate today = LocalDate.now(CITY);
        try (PreparedStatement s = db.prepareStatement("""
                select p.code from points.collection_point p
                join points.point_category c on c.point_id = p.id and c.category = 'RESIDUAL'
                where p.district_code = ? and p.active_from <= ?
                  and coalesce((select s.status from points.point_status_change s where s.point_id = p.id and s.effective_from <= ?
                                order by s.effective_from desc, s.id desc fetch first 1 rows only), 'ACTIVE') = 'ACTIVE'
                order by p.code""")) {
            s.setString(1, district);
            s.setObject(2, today);
            s.setObject(3, today);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("no point of district " + district + " takes residual waste and is active today");
        }
        return codes;
    }

    /** Today's long history at one point, loaded as a user would: one bulk import, waited for. */
    static void pourHistory(String base, String auth, String point, int rows, String keys, Path work) throws Exception {
        if (rows <= 0) {
            return;
        }
        Path file = work.resolve("history.csv");
        OffsetDateTime start = OffsetDateTime.now(CITY).truncatedTo(ChronoUnit.DAYS);
        long span = Math.max(1, ChronoUnit.SECONDS.between(start, OffsetDateTime.now(CITY).minusMinutes(10)));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("pointCode,category,material,weightKg,weighedAt,clientKey\n");
            for (int n = 0; n < rows; n++) {
                w.write(point + ",RESIDUAL,," + (20 + n % 380) + ".5," + start.plusSeconds(span * n / rows) + "," + keys + n + "\n");
            }
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        long t0 = System.nanoTime();
        HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports?recordType=tonnage-logs"))
                .header("Authorization", auth).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (submitted.statusCode() != 202) {
            throw new IllegalStateException("POST /imports answered " + submitted.statusCode() + ": " + submitted.body());
        }
        long id = ImportBench.number(submitted.body(), "id");
        String view;
        do {
            Thread.sleep(500);
            view = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + id)).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } while (!List.of("COMPLETED", "FAILED", "STOPPED").contains(ImportBench.text(view, "status")));
        System.out.printf(Locale.ROOT, "history: %,d weighings of today at %s imported in %.1f s (%s, %,d accepted)%n", rows, point,
                (System.nanoTime() - t0) / 1e9, ImportBench.text(view, "status"), ImportBench.number(view, "accepted"));
    }

    static long stored(Connection db, String keyPattern) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select count(*) from points.tonnage_log where client_key like ?")) {
            s.setString(1, keyPattern);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
