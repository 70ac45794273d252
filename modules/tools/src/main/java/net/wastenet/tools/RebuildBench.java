package net.wastenet.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read-model rebuild of the whole history ({@code POST /indicators/read-model/rebuild}), timed from
 * the request to COMPLETED, with the server's peak resident memory and peak used and committed heap
 * ({@code jcmd PID GC.heap_info}) sampled every half second, and what it copied. With {@code --check}
 * the indicators answer 503 while it runs (sampled once a second) and 200 after.
 */
final class RebuildBench {
    private static final Pattern USED_HEAP = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");

    private RebuildBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        String base = o.getOrDefault("base", "http://localhost:9080");
        String pidFile = o.get("pid-file");
        String auth = "Basic " + Base64.getEncoder().encodeToString((o.getOrDefault("user", "admin") + ":"
                + o.getOrDefault("password", "wastenet")).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        long rssBefore = pidFile == null ? -1 : Memory.residentMiB(pidFile);
        long started = System.nanoTime();
        HttpResponse<String> queued = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/indicators/read-model/rebuild"))
                .header("Authorization", auth).POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(1)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (queued.statusCode() != 202) {
            throw new IllegalStateException("POST /indicators/read-model/rebuild answered " + queued.statusCode() + ": " + queued.body());
        }
        long id = ImportBench.number(queued.body(), "id");
        long peakRss = rssBefore;
        long peakHeap = 0;
        long peakCommitted = 0;
        int busy = 0;
        int answered = 0;
        String view;
        long lastProbe = 0;
        while (true) {
            Thread.sleep(500);
            view = get(http, base + "/api/v1/indicators/read-model/rebuild/" + id, auth).body();
            if (pidFile != null) {
                peakRss = Math.max(peakRss, Memory.residentMiB(pidFile));
            }
            if (pidFile != null) {
                long[] heap = heap(pidFile);
                peakHeap = Math.max(peakHeap, heap[0]);
                peakCommitted = Math.max(peakCommitted, heap[1]);
            }
            String status = ImportBench.text(view, "status");
            if (status.equals("COMPLETED")) {
                break;
            }
            if (status.equals("FAILED")) {
                throw new IllegalStateException("rebuild " + id + " failed: " + view);
            }
            if (o.containsKey("check") && System.nanoTime() - lastProbe > 1_000_000_000L) {
                lastProbe = System.nanoTime();
                int s = get(http, base + "/api/v1/indicators?scope=CITY&from=2020-01-01&to=2020-01-31", auth).statusCode();
                if (s == 503) {
                    busy++;
                } else if (!ImportBench.text(get(http, base + "/api/v1/indicators/read-model/rebuild/" + id, auth).body(), "status")
                        .equals("COMPLETED")) {
                    // an answer while the rebuild is still unfinished after it (one that completed meanwhile is not counted)
                    answered++;
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "read-model rebuild %d: %,d weighings, %,d receipts, %,d treatments in %.1f s (%,.0f records/s)%n", id,
                ImportBench.number(view, "weighings"), ImportBench.number(view, "receipts"), ImportBench.number(view, "treatments"), seconds,
                (ImportBench.number(view, "weighings") + ImportBench.number(view, "receipts") + ImportBench.number(view, "treatments")) / seconds);
        System.out.printf(Locale.ROOT, "memory: resident %s MiB before, peak %s MiB; heap used peak %d MiB, committed peak %d MiB "
                        + "(sampled every 0.5 s)%n", rssBefore < 0 ? "?" : String.valueOf(rssBefore), peakRss < 0 ? "?" : String.valueOf(peakRss),
                peakHeap / 1024, peakCommitted / 1024);
        if (o.containsKey("check")) {
            int after = get(http, base + "/api/v1/indicators?scope=CITY&from=2020-01-01&to=2020-01-31", auth).statusCode();
            System.out.printf(Locale.ROOT, "indicators while it ran: %d answered 503, %d otherwise; after it: %d%n", busy, answered, after);
            if (answered > 0 || after != 200) {
                throw new IllegalStateException("indicators answered from a half-built read model, or not after it");
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url, String auth) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).timeout(Duration.ofMinutes(1)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Used and committed heap in KiB, from the JDK's jcmd (0 when it cannot attach). */
    private static long[] heap(String pidFile) {
        try {
            String pid = java.nio.file.Files.readString(java.nio.file.Path.of(pidFile)).strip();
            Process p = new ProcessBuilder("jcmd", pid, "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = USED_HEAP.matcher(out);
            return m.find() ? new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(1))} : new long[] {0, 0};
        } catch (Exception e) {
            return new long[] {0, 0};
        }
    }

}
