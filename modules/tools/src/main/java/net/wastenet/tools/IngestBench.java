package net.wastenet.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tonnage ingest over HTTP against the same server's HTTP ceiling (docs/performance.md): N keep-alive
 * connections on loopback post weighings ({@code POST /api/v1/tonnage-logs}, each with its own client
 * key, durable before the answer) for a bounded time and count; then the same connections post the
 * same bodies to {@code POST /api/v1/diagnostics/echo}, which signs in and reads and writes the JSON
 * but stores nothing. Prints requests per second, p50/p99/max latency of each, and the ratio.
 * The load generator shares the machine's cores with the server.
 *
 * <p>{@code bench-ingest --base http://localhost:9080 [--connections 32] [--seconds 20] [--max 200000]
 * [--warmup 5] [--district 510104] [--user admin --password wastenet] [--pid-file F]}
 */
final class IngestBench {
    record Run(String name, long requests, long failures, double seconds, long[] latenciesMicros) {
        double rate() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (latenciesMicros.length == 0) {
                return 0;
            }
            return latenciesMicros[Math.min(latenciesMicros.length - 1, (int) Math.ceil(p * latenciesMicros.length) - 1)] / 1000.0;
        }

        String line() {
            return String.format(Locale.ROOT, "%-22s %,9d requests in %5.1f s = %,8.0f /s   p50 %6.1f ms   p99 %6.1f ms   max %7.1f ms   failures %d",
                    name, requests, seconds, rate(), percentile(0.50), percentile(0.99), percentile(1.0), failures);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        String base = o.getOrDefault("base", "http://localhost:9080");
        int connections = Integer.parseInt(o.getOrDefault("connections", "32"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        long max = Long.parseLong(o.getOrDefault("max", "200000"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        String auth = "Basic " + Base64.getEncoder().encodeToString((o.getOrDefault("user", "admin") + ":"
                + o.getOrDefault("password", "wastenet")).getBytes(StandardCharsets.UTF_8));
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
            throw new IllegalArgumentException("load is sent to loopback only: " + base);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<String> points = points(http, base, auth, o.getOrDefault("district", "510104"));
        String run = Long.toString(System.currentTimeMillis(), 36);
        String at = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(2).truncatedTo(ChronoUnit.SECONDS).toString();
        AtomicLong serial = new AtomicLong();
        IntFunction<String> body = thread -> {
            long n = serial.incrementAndGet();
            return "{\"pointCode\":\"" + points.get((int) (n % points.size())) + "\",\"category\":\"RESIDUAL\",\"weightKg\":"
                    + (100 + n % 400) + ".5,\"weighedAt\":\"" + at + "\",\"clientKey\":\"bench-" + run + "-" + n + "\"}";
        };
        System.out.printf(Locale.ROOT, "ingest benchmark: %s, %d connections, %d s per run (at most %,d requests), %d s warm-up, %d points of district %s%n",
                base, connections, seconds, max, warmup, points.size(), o.getOrDefault("district", "510104"));
        load(http, base + "/api/v1/diagnostics/echo", auth, connections, warmup, max, body, 200, "warm-up echo");
        load(http, base + "/api/v1/tonnage-logs", auth, connections, warmup, max, body, 201, "warm-up ingest");
        Run ceiling = load(http, base + "/api/v1/diagnostics/echo", auth, connections, seconds, max, body, 200, "ceiling (echo)");
        Run ingest = load(http, base + "/api/v1/tonnage-logs", auth, connections, seconds, max, body, 201, "ingest (tonnage-logs)");
        System.out.println(ceiling.line());
        System.out.println(ingest.line());
        System.out.printf(Locale.ROOT, "ratio ingest/ceiling %.1f %% (goal >= 50 %%), p99 %.1f ms (goal < 50 ms)%n",
                100 * ingest.rate() / ceiling.rate(), ingest.percentile(0.99));
        if (o.containsKey("pid-file")) {
            System.out.println("server resident memory after the load: " + Memory.residentMiB(o.get("pid-file")) + " MiB");
        }
        if (ingest.failures() > 0 || ceiling.failures() > 0) {
            System.exit(1);
        }
    }

    /** The active points of a district, to spread the weighings over (as a district's stations would). */
    static List<String> points(HttpClient http, String base, String auth, String district) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/points?districtCode=" + district + "&size=500"))
                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("\"acceptedCategories\":\\[([^\\]]*)\\][^{}]*?\"code\":\"([^\"]+)\"[^{}]*?\"status\":\"ACTIVE\"")
                .matcher(r.body());
        while (m.find()) {
            if (m.group(1).contains("RESIDUAL")) {
                codes.add(m.group(2));
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("no point taking residual waste in district " + district + ": " + r.statusCode());
        }
        return codes;
    }

    static Run load(HttpClient http, String url, String auth, int connections, int seconds, long max, IntFunction<String> body,
                    int expected, String name) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong budget = new AtomicLong(max);
        AtomicLong failures = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[connections];
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < connections; t++) {
            long[] lat = new long[(int) Math.min(max, 2_000_000)];
            perThread.add(lat);
            int thread = t;
            threads.add(new Thread(() -> {
                while (System.nanoTime() < end && budget.decrementAndGet() >= 0) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                            .header("Authorization", auth).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.apply(thread))).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != expected) {
                            if (failures.incrementAndGet() <= 3) {
                                System.err.println(name + ": " + r.statusCode() + " " + r.body());
                            }
                            continue;
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        continue;
                    }
                    if (counts[thread] < lat.length) {
                        lat[counts[thread]++] = (System.nanoTime() - t0) / 1000;
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Run(name, total, failures.get(), elapsed, all);
    }
}
