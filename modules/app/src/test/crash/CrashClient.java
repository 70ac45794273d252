import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The load side of the crash test: writers on loopback post weighings, each with its own client key,
 * and retry a key until the server acknowledges it (through crashes and restarts), as a station's
 * app would. When the stop file appears each writer finishes its current key; then every
 * acknowledgement (key, status, id) is written out for the checker.
 *
 * <p>With several base URLs (comma-separated: instances behind no balancer), the writers take them in
 * turn, and a retry goes to the next one, as a load balancer would send it.
 *
 * <p>Usage: java CrashClient.java BASE_URL[,BASE_URL...] POINT_CODE WRITERS STOP_FILE ACK_FILE, then
 * java CrashClient.java check BASE_URL POINT_CODE ACK_FILE: every acknowledged key is stored once,
 * with the id it was acknowledged with, and nothing else is stored.
 */
public class CrashClient {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("check")) {
            System.exit(check(args[1], args[2], Path.of(args[3])));
        }
        String[] bases = args[0].split(",");
        String point = args[1];
        int writers = Integer.parseInt(args[2]);
        Path stop = Path.of(args[3]);
        Path acks = Path.of(args[4]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:wastenet".getBytes(StandardCharsets.UTF_8));
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stopping = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger serverErrors = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger unreachable = new java.util.concurrent.atomic.AtomicInteger();
        long deadline = System.currentTimeMillis() + 10 * 60_000;
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                for (int i = 0; !stopping.get() && System.currentTimeMillis() < deadline; i++) {
                    String key = "crash-" + writer + "-" + i;
                    String at = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS).toString();
                    String body = "{\"pointCode\":\"" + point + "\",\"category\":\"RESIDUAL\",\"weightKg\":" + (100 + i % 50)
                            + ",\"weighedAt\":\"" + at + "\",\"clientKey\":\"" + key + "\"}";
                    for (int attempt = 0; System.currentTimeMillis() < deadline; attempt++) {
                        String base = bases[(i + attempt) % bases.length];
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tonnage-logs"))
                                    .timeout(Duration.ofSeconds(10)).header("Authorization", auth)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201 || r.statusCode() == 200) {
                                String id = r.body().replaceAll(".*\"id\":(\\d+).*", "$1");
                                acknowledged.add(key + " " + r.statusCode() + " " + id);
                                break;
                            }
                            if (r.statusCode() >= 500) {
                                serverErrors.incrementAndGet();
                            }
                            if (r.statusCode() < 500 && r.statusCode() != 409 && r.statusCode() != 404) {
                                throw new IllegalStateException("refused " + key + ": " + r.statusCode() + " " + r.body());
                            }
                        } catch (IOException e) {
                            unreachable.incrementAndGet();
                            // the server is down or restarting: the same key again, as a station's app would
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        sleep(200);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        while (!Files.exists(stop) && System.currentTimeMillis() < deadline) {
            sleep(100);
        }
        stopping.set(true);
        for (Thread t : threads) {
            t.join();
        }
        Files.write(acks, acknowledged);
        System.out.println("writers " + writers + ", acknowledged " + acknowledged.size() + "; retried after "
                + serverErrors.get() + " server errors and " + unreachable.get() + " failed connections");
    }

    static int check(String base, String point, Path ackFile) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:wastenet".getBytes(StandardCharsets.UTF_8));
        java.util.Map<String, String> acked = new java.util.HashMap<>();
        for (String line : Files.readAllLines(ackFile)) {
            String[] f = line.split(" ");
            acked.put(f[0], f[2]);
        }
        java.util.Map<String, String> stored = new java.util.HashMap<>();
        int records = 0;
        java.util.regex.Pattern item = java.util.regex.Pattern.compile("\"clientKey\":\"(crash-[0-9-]+)\".*?\"id\":(\\d+)");
        for (int page = 0; ; page++) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tonnage-logs?size=1000&page=" + page
                    + "&pointCode=" + point)).header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            var m = item.matcher(body);
            int onPage = 0;
            while (m.find()) {
                onPage++;
                records++;
                if (stored.put(m.group(1), m.group(2)) != null) {
                    System.out.println("DUPLICATE record for key " + m.group(1));
                }
            }
            if (onPage < 1000) {
                break;
            }
        }
        int lost = 0;
        int wrongId = 0;
        for (var a : acked.entrySet()) {
            String id = stored.get(a.getKey());
            if (id == null) {
                lost++;
                System.out.println("LOST acknowledged key " + a.getKey() + " (id " + a.getValue() + ")");
            } else if (!id.equals(a.getValue())) {
                wrongId++;
                System.out.println("key " + a.getKey() + " acknowledged as " + a.getValue() + " but stored as " + id);
            }
        }
        int duplicates = records - stored.size();
        int unacknowledged = stored.size() - (acked.size() - lost);
        System.out.printf("crash test: %d acknowledged, %d stored, %d lost, %d duplicates, %d with another id, %d stored but never acknowledged%n",
                acked.size(), records, lost, duplicates, wrongId, unacknowledged);
        boolean ok = !acked.isEmpty() && lost == 0 && duplicates == 0 && wrongId == 0;
        System.out.println(ok ? "crash: 1 passed, 0 failed" : "crash: 0 passed, 1 failed");
        return ok ? 0 : 1;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
