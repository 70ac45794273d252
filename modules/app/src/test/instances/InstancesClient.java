import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The several-instances test (trust issue): two servers on one PostgreSQL, no balancer but this
 * client, which sends each request to one or the other as any balancer might.
 *
 * <ul>
 *   <li>{@code reads A B}: the same reads answer the same bodies on both (also used to compare a
 *       server on a restored backup with one on the original);</li>
 *   <li>{@code same A B}: the same reads answer the same bodies on both instances; a weighing written
 *       through one is read through the other at once, a correction through the other is read back
 *       through the first (nothing an instance keeps in memory is needed by the other);</li>
 *   <li>{@code concurrency A B}: concurrent corrections of one weighing spread over both instances:
 *       made from the same revision, exactly one is stored and the rest answer 409; made blind, each
 *       is stored as its own revision or answers 409, never laid over another unseen; the same client
 *       key sent to both at once is stored once; two bureau users approving one return at once: one
 *       succeeds, the other answers 409.</li>
 * </ul>
 * Prints one line per check and "instances: N passed, M failed"; exits 1 on any failure.
 */
public class InstancesClient {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static int passed;
    static int failed;

    public static void main(String[] args) throws Exception {
        String a = args[1];
        String b = args[2];
        switch (args[0]) {
            case "same" -> {
                reads(a, b);
                readYourWrites(a, b);
            }
            case "reads" -> reads(a, b);
            case "concurrency" -> concurrency(a, b);
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.printf("instances %s: %d passed, %d failed%n", args[0], passed, failed);
        System.exit(failed == 0 ? 0 : 1);
    }

    static void reads(String a, String b) throws Exception {
        YearMonth last = YearMonth.now(ZoneOffset.ofHours(8)).minusMonths(1);
        YearMonth first = last.minusMonths(2);
        String from = first.atDay(1).toString();
        String to = last.atEndOfMonth().toString();
        List<String> reads = List.of(
                "api/v1/districts",
                "api/v1/points?districtCode=510104&size=500",
                "api/v1/facilities",
                "api/v1/indicators?scope=CITY&from=" + from + "&to=" + to,
                "api/v1/indicators?scope=510104&from=" + last.atDay(1) + "&to=" + to,
                "api/v1/indicators?scope=510129&from=" + first.atDay(1) + "&to=" + first.atEndOfMonth(),
                "api/v1/indicators/trend?scope=CITY&from=" + from + "&to=" + to + "&step=MONTH",
                "api/v1/returns?period=" + first,
                "api/v1/returns?period=" + last,
                "api/v1/warnings?districtCode=510104",
                "api/v1/completeness?districtCode=510104&from=" + last.atDay(1) + "&to=" + to,
                "api/v1/tonnage-logs?pointCode=JJ-P001&size=200");
        for (String path : reads) {
            HttpResponse<String> ra = get(a, path, "bureau");
            HttpResponse<String> rb = get(b, path, "bureau");
            check(ra.statusCode() == 200 && rb.statusCode() == 200 && ra.body().equals(rb.body()),
                    "same answer from both instances: GET /" + path + " (" + ra.statusCode() + "/" + rb.statusCode() + ", "
                            + ra.body().length() + " characters)");
        }
    }

    static void readYourWrites(String a, String b) throws Exception {
        String key = "instances-" + System.nanoTime();
        HttpResponse<String> created = post(a, "api/v1/tonnage-logs", "station-jj01", weighing(key, "86.5"));
        String id = field(created.body(), "id");
        HttpResponse<String> readB = get(b, "api/v1/tonnage-logs/" + id, "station-jj01");
        check(created.statusCode() == 201 && readB.statusCode() == 200 && new java.math.BigDecimal(current(readB.body(), "weightKg")).compareTo(new java.math.BigDecimal("86.5")) == 0,
                "a weighing stored through instance A is read through instance B at once");
        HttpResponse<String> corrected = post(b, "api/v1/tonnage-logs/" + id + "/corrections", "station-jj01",
                "{\"weightKg\":68.5,\"reason\":\"digits swapped\",\"basedOnRevision\":1}");
        HttpResponse<String> readA = get(a, "api/v1/tonnage-logs/" + id, "station-jj01");
        check(corrected.statusCode() == 201 && readA.body().contains("\"revision\":2") && new java.math.BigDecimal(current(readA.body(), "weightKg")).compareTo(new java.math.BigDecimal("68.5")) == 0,
                "its correction through B is read through A at once (revision 2, 68.5 kg)");
    }

    static void concurrency(String a, String b) throws Exception {
        String[] both = {a, b};
        int n = 16;
        // 1. the same revision corrected 16 times at once through both instances: exactly one is stored
        String id = field(post(a, "api/v1/tonnage-logs", "station-jj01", weighing("race-" + System.nanoTime(), "100")).body(), "id");
        Map<Integer, AtomicInteger> statuses = race(n, i -> post(both[i % 2], "api/v1/tonnage-logs/" + id + "/corrections",
                "station-jj01", "{\"weightKg\":" + (101 + i) + ",\"reason\":\"race " + i + "\",\"basedOnRevision\":1}"));
        String after = get(b, "api/v1/tonnage-logs/" + id, "station-jj01").body();
        check(count(statuses, 201) == 1 && count(statuses, 409) == n - 1 && after.contains("\"revision\":2")
                        && revisions(after).equals(List.of(1, 2)),
                "16 corrections from revision 1 at once on two instances: one stored, 15 answered 409 " + statuses);
        // 2. corrections without a revision at once: each stored as its own revision, or 409 (optimistic lock)
        Map<Integer, AtomicInteger> blind = race(n, i -> post(both[i % 2], "api/v1/tonnage-logs/" + id + "/corrections",
                "station-jj01", "{\"weightKg\":" + (201 + i) + ",\"reason\":\"blind " + i + "\"}"));
        String end = get(a, "api/v1/tonnage-logs/" + id, "station-jj01").body();
        List<Integer> revs = revisions(end);
        int stored = count(blind, 201);
        List<Integer> expected = new ArrayList<>();
        for (int r = 1; r <= 2 + stored; r++) {
            expected.add(r);
        }
        check(stored >= 1 && stored + count(blind, 409) == n && revs.equals(expected),
                "16 blind corrections at once: " + stored + " stored as revisions 3.." + (2 + stored) + ", the rest 409, none lost or merged " + blind);
        // 3. one client key sent to both instances at once: one record
        String key = "twice-" + System.nanoTime();
        ConcurrentHashMap<String, Boolean> ids = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> retries = race(8, i -> {
            HttpResponse<String> r = post(both[i % 2], "api/v1/tonnage-logs", "station-jj01", weighing(key, "42"));
            if (r.statusCode() < 300) {
                ids.put(field(r.body(), "id"), true);
            }
            return r;
        });
        String listed = get(a, "api/v1/tonnage-logs?pointCode=JJ-P001&size=1000", "station-jj01").body();
        int occurrences = listed.split("\"clientKey\":\"" + key + "\"", -1).length - 1;
        check(ids.size() == 1 && count(retries, 201) == 1 && count(retries, 201) + count(retries, 200) + count(retries, 409) == 8
                        && occurrences == 1,
                "one client key sent 8 times at once to both instances: stored once " + retries);
        // 4. two bureau users approve the same submitted return at once, one on each instance
        String submitted = null;
        String period = null;
        for (int back = 1; back <= 3 && submitted == null; back++) {
            period = YearMonth.now(ZoneOffset.ofHours(8)).minusMonths(back).toString();
            Matcher m = Pattern.compile("\"districtCode\":\"(\\d+)\"[^{}]*?\"status\":\"SUBMITTED\"")
                    .matcher(get(a, "api/v1/returns?period=" + period, "bureau").body());
            if (m.find()) {
                submitted = m.group(1);
            }
        }
        if (submitted == null) {
            check(false, "a submitted return in the demo months to approve");
            return;
        }
        String path = "api/v1/returns/" + submitted + "/" + period + "/transitions";
        Map<Integer, AtomicInteger> approvals = race(2, i -> post(both[i], path, "bureau", "{\"action\":\"APPROVE\"}"));
        String history = get(b, "api/v1/returns/" + submitted + "/" + period, "bureau").body();
        int approvedSteps = history.split("\"action\":\"APPROVE\"", -1).length - 1;
        check(count(approvals, 200) + count(approvals, 201) == 1 && count(approvals, 409) == 1 && approvedSteps == 1
                        && history.contains("\"status\":\"APPROVED\""),
                "return " + submitted + " " + period + " approved at once on both instances: one approval kept, the other 409 " + approvals);
    }

    interface Call {
        HttpResponse<String> send(int i) throws Exception;
    }

    static Map<Integer, AtomicInteger> race(int n, Call call) throws Exception {
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    int s = call.send(k).statusCode();
                    synchronized (statuses) {
                        statuses.computeIfAbsent(s, x -> new AtomicInteger()).incrementAndGet();
                    }
                } catch (Exception e) {
                    synchronized (statuses) {
                        statuses.computeIfAbsent(-1, x -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        return statuses;
    }

    static int count(Map<Integer, AtomicInteger> statuses, int status) {
        AtomicInteger c = statuses.get(status);
        return c == null ? 0 : c.get();
    }

    static List<Integer> revisions(String body) {
        int at = body.indexOf("\"revisions\":[");
        List<Integer> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"revision\":(\\d+)").matcher(body.substring(at));
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    static String weighing(String key, String kg) {
        String at = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS).toString();
        return "{\"pointCode\":\"JJ-P001\",\"category\":\"RESIDUAL\",\"weightKg\":" + kg + ",\"weighedAt\":\"" + at
                + "\",\"clientKey\":\"" + key + "\"}";
    }

    static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + body);
        }
        return m.group(1);
    }

    /** The record's own value of a field (its last occurrence: the revisions come before it). */
    static String current(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(body);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null) {
            throw new IllegalStateException("no " + name + " in " + body);
        }
        return last;
    }

    static void check(boolean ok, String what) {
        System.out.println((ok ? "ok    " : "FAIL  ") + what);
        if (ok) {
            passed++;
        } else {
            failed++;
        }
    }

    static HttpResponse<String> get(String base, String path, String user) throws Exception {
        return HTTP.send(request(base, path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String base, String path, String user, String json) throws Exception {
        return HTTP.send(request(base, path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder request(String base, String path, String user) {
        return HttpRequest.newBuilder(URI.create(base + "/" + path)).header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":wastenet").getBytes(StandardCharsets.UTF_8)));
    }
}
