package net.wastenet.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * Start to first answer and idle memory (docs/performance.md): starts a Liberty server with
 * {@code wlp/bin/server start}, times until {@code GET /api/v1/districts} answers 200 (the
 * application migrated, its start-up done, a signed-in request served from the database), then lets
 * it idle and reads its resident memory. The server is left running for the other benchmarks, started in the
 * demo profile with the benchmark setting on (the echo endpoint) unless the environment says otherwise.
 *
 * <p>{@code bench-start --wlp modules/app/target/liberty/wlp --server wastenet [--base http://localhost:9080] [--idle 10]}
 */
final class StartBench {
    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        Path wlp = Path.of(o.getOrDefault("wlp", "modules/app/target/liberty/wlp"));
        String server = o.getOrDefault("server", "wastenet");
        String base = o.getOrDefault("base", "http://localhost:9080");
        int idle = Integer.parseInt(o.getOrDefault("idle", "10"));
        String auth = "Basic " + Base64.getEncoder().encodeToString("bureau:wastenet".getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long t0 = System.nanoTime();
        ProcessBuilder start = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", server).inheritIO();
        // the benchmarks sign in as demo users and compare with POST /diagnostics/echo, which exists only with the
        // benchmark setting on; a server's own bootstrap.properties still win over these
        start.environment().putIfAbsent("WASTENET_PROFILE", "demo");
        start.environment().putIfAbsent("WASTENET_BENCHMARK_ENABLED", "true");
        Process p = start.start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("server start failed");
        }
        double launched = (System.nanoTime() - t0) / 1e9;
        double answered = -1;
        while ((System.nanoTime() - t0) / 1e9 < 600) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/districts")).timeout(Duration.ofSeconds(5))
                        .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    answered = (System.nanoTime() - t0) / 1e9;
                    break;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        if (answered < 0) {
            throw new IllegalStateException("no answer within 600 s");
        }
        String pidFile = wlp.resolve("usr/servers/.pid/" + server + ".pid").toString();
        long firstMiB = Memory.residentMiB(pidFile);
        Thread.sleep(idle * 1000L);
        long idleMiB = Memory.residentMiB(pidFile);
        System.out.printf(Locale.ROOT, "start: 'server start' returned after %.1f s; first answer (GET /api/v1/districts 200) after %.1f s (goal < 8 s)%n",
                launched, answered);
        System.out.printf(Locale.ROOT, "memory: resident %d MiB at the first answer, %d MiB after %d s idle (goal < 512 MiB)%n", firstMiB, idleMiB, idle);
    }
}
