package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * /metrics (MicroProfile Metrics, Prometheus text) as an operator's scraper sees it: the platform's metrics with the
 * connection pool's, and WasteNet's counters moving under a weighing, a refused weighing (with its reason) and an import.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {
    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    static HttpResponse<String> scrape(String user) throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        HttpClient https = HttpClient.newBuilder().sslContext(trustAll).connectTimeout(Duration.ofSeconds(10)).build();
        String port = System.getProperty("wastenet.it.httpsPort", "9182");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/metrics")).timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return https.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String metrics() throws Exception {
        HttpResponse<String> r = scrape("admin");
        assertEquals(200, r.statusCode(), r::body);
        return r.body();
    }

    /** The sum of a metric's samples whose labels include all of {@code labels} (0 when there is none yet). */
    static double value(String text, String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.find() || !m.group(1).equals(name)) {
                continue;
            }
            Map<String, String> found = new java.util.HashMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    found.put(l.group(1), l.group(2));
                }
            }
            if (found.entrySet().containsAll(labels.entrySet())) {
                sum += Double.parseDouble(m.group(4));
            }
        }
        return sum;
    }

    @Test
    void onlyTheMetricsRoleReadsThem() throws Exception {
        assertEquals(401, scrape(null).statusCode());
        assertEquals(403, scrape("station-jj01").statusCode());
        assertEquals(200, scrape("admin").statusCode());
    }

    @Test
    void thePlatformsMetricsAndTheDomainsGaugesAreThere() throws Exception {
        String text = metrics();
        assertTrue(text.contains("connectionpool_"), "the connection pool's metrics");
        assertTrue(text.contains("datasource=\"jdbc_wastenet\"") || text.contains("jdbc/wastenet") || text.contains("jdbc_wastenet"),
                "the pool of jdbc/wastenet");
        assertTrue(text.contains("memory_usedHeap_bytes"), "the JVM's metrics");
        for (String gauge : new String[] {"wastenet_manifests_open", "wastenet_manifests_overdue", "wastenet_warnings_open",
                "wastenet_imports_running", "wastenet_imports_rows_per_second", "wastenet_rebuild_running", "wastenet_rebuild_weighings"}) {
            assertTrue(Pattern.compile("(?m)^" + gauge + "\\{").matcher(text).find(), gauge + " is on /metrics");
        }
    }

    /**
     * The gauges an operator watches move with the work: a pickup opens a manifest (open +1), its delivery closes it
     * (back) and, being far off the pickup, opens a warning (+1). The test server reads them afresh each second.
     */
    @Test
    void aPickupAndItsDeliveryMoveTheManifestAndWarningGauges() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String plate = new KitchenWasteIT().newVehicle(api, tag);
        Map<String, String> none = Map.of();
        double openBefore = value(metrics(), "wastenet_manifests_open", none);
        double warningsBefore = value(metrics(), "wastenet_warnings_open", none);

        var picked = api.post("api/v1/kitchen-waste/manifests", "hauler01",
                KitchenWasteIT.pickup("JJ-P001", "H01", plate, "400", KitchenWasteIT.hoursAgo(2), null));
        assertEquals(201, picked.status(), picked::toString);
        gaugeReaches("wastenet_manifests_open", openBefore + 1, false);

        String no = picked.json().getString("manifestNo");
        var delivered = api.post("api/v1/kitchen-waste/deliveries", "plant-ql", "{\"facilityCode\":\"QL-KW01\",\"weightKg\":520,"
                + "\"deliveredAt\":\"" + KitchenWasteIT.hoursAgo(1) + "\",\"manifestNos\":[\"" + no + "\"]}");
        assertEquals(200, delivered.status(), delivered::toString);
        gaugeReaches("wastenet_manifests_open", openBefore, false);
        gaugeReaches("wastenet_warnings_open", warningsBefore + 1, true); // at least: other writes may raise warnings too
    }

    /** Waits (at most 10 s) for a gauge to show a value (or at least it), failing with the last value seen. */
    private static void gaugeReaches(String gauge, double expected, boolean atLeast) throws Exception {
        double seen = Double.NaN;
        for (long end = System.nanoTime() + 10_000_000_000L; System.nanoTime() < end; Thread.sleep(250)) {
            seen = value(metrics(), gauge, Map.of());
            if (seen == expected || atLeast && seen > expected) {
                return;
            }
        }
        assertEquals(expected, seen, gauge);
    }

    @Test
    void aWeighingARefusalAndAnImportMoveTheCounters() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String point = new TonnageLogIT().newPoint(api, tag);
        Map<String, String> residual = Map.of("kind", "tonnage-log", "category", "RESIDUAL");
        Map<String, String> badWeight = Map.of("kind", "tonnage-log", "category", "RECYCLABLE", "reason", "invalid-input", "field", "weightKg");
        Map<String, String> unknownPoint = Map.of("kind", "tonnage-log", "category", "KITCHEN", "reason", "unknown-code", "field", "pointCode");
        String before = metrics();

        var weighing = TonnageLogIT.weighing(point, "RESIDUAL", null, "42.5", TonnageLogIT.hoursAgo(2), tag + "-w1");
        var logged = api.post("api/v1/tonnage-logs", "station-jj01", weighing);
        assertEquals(201, logged.status(), logged::toString);
        var retried = api.post("api/v1/tonnage-logs", "station-jj01", weighing);
        assertEquals(200, retried.status(), retried::toString);
        var refused = api.post("api/v1/tonnage-logs", "station-jj01",
                TonnageLogIT.weighing(point, "RECYCLABLE", "PAPER", "-3", TonnageLogIT.hoursAgo(2), null));
        assertEquals(400, refused.status(), refused::toString);
        var unknown = api.post("api/v1/tonnage-logs", "admin",
                TonnageLogIT.weighing(tag + "-NONE", "KITCHEN", "HOUSEHOLD_KITCHEN", "5", TonnageLogIT.hoursAgo(2), null));
        assertEquals(404, unknown.status(), unknown::toString);

        String afterOne = metrics();
        assertEquals(1, value(afterOne, "wastenet_records_created_total", residual) - value(before, "wastenet_records_created_total", residual),
                "a weighing recorded once, its retry not counted");
        assertEquals(1, value(afterOne, "wastenet_records_refused_total", badWeight) - value(before, "wastenet_records_refused_total", badWeight),
                "a weighing refused for its weight");
        assertEquals(1, value(afterOne, "wastenet_records_refused_total", unknownPoint)
                - value(before, "wastenet_records_refused_total", unknownPoint), "a weighing refused for its point");

        String csv = ImportsIT.TONNAGE_HEADER
                + point + ",RESIDUAL,,10," + TonnageLogIT.hoursAgo(5) + ",\n"
                + point + ",RESIDUAL,,11," + TonnageLogIT.hoursAgo(4) + ",\n"
                + point + ",RESIDUAL,,-1," + TonnageLogIT.hoursAgo(4) + ",\n";
        var submitted = api.post("api/v1/imports?recordType=tonnage-logs&fileName=" + tag + ".csv", "station-jj01", "text/csv", csv, null);
        assertEquals(202, submitted.status(), submitted::toString);
        var done = ImportsIT.finished(api, submitted.json().getJsonNumber("id").longValue(), "station-jj01");
        assertEquals("COMPLETED", done.getString("status"), done::toString);

        String afterImport = metrics();
        assertEquals(2, value(afterImport, "wastenet_records_created_total", residual)
                - value(afterOne, "wastenet_records_created_total", residual), "the import's two good rows");
        assertEquals(3, value(afterImport, "wastenet_import_rows_total", Map.of("type", "tonnage-logs"))
                - value(afterOne, "wastenet_import_rows_total", Map.of("type", "tonnage-logs")), "the import's rows done");
        Map<String, String> importRefused = Map.of("kind", "tonnage-log", "reason", "invalid-input", "field", "weightKg");
        assertEquals(1, value(afterImport, "wastenet_records_refused_total", importRefused)
                - value(afterOne, "wastenet_records_refused_total", importRefused), "the import's refused row");
    }
}
