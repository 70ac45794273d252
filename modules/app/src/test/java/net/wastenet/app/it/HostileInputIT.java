package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile and broken input at the writing and reading endpoints: malformed and mistyped JSON,
 * numbers beyond any range, injection-looking and overlong strings, control characters, deep
 * nesting, impossible dates, silly paging. Every answer is a 4xx problem (never a 500, never a
 * success), and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    static List<String> hostileWeighings() {
        String at = TODAY + "T08:00:00+08:00";
        List<String> bodies = new ArrayList<>(List.of(
                "{", "[]", "null", "\"JJ-P001\"", "{\"pointCode\":", "{}", "{\"pointCode\":null}",
                "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":\"12kg\",\"weighedAt\":\"" + at + "\"}",
                "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":1e309,\"weighedAt\":\"" + at + "\"}",
                "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":-0.001,\"weighedAt\":\"" + at + "\"}",
                "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":0.0001,\"weighedAt\":\"" + at + "\"}",
                "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":99999999999999999999999,\"weighedAt\":\"" + at + "\"}",
                "{\"pointCode\":\"JJ-P001\",\"category\":\"kitchen; drop table points.tonnage_log\",\"weightKg\":10,\"weighedAt\":\"" + at + "\"}",
                "{\"pointCode\":\"JJ-P001' OR '1'='1\",\"category\":\"KITCHEN\",\"weightKg\":10,\"weighedAt\":\"" + at + "\"}",
                "{\"pointCode\":\"../../etc/passwd\",\"category\":\"KITCHEN\",\"weightKg\":10,\"weighedAt\":\"" + at + "\"}",
                "{\"pointCode\":\"JJ-P001\\u0000\",\"category\":\"KITCHEN\",\"weightKg\":10,\"weighedAt\":\"" + at + "\"}",
                "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":10,\"weighedAt\":\"2026-02-30T08:00:00+08:00\"}",
                "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":10,\"weighedAt\":\"9999-12-31T23:59:59+08:00\"}",
                "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":10,\"weighedAt\":\"yesterday\"}",
                "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":10,\"weighedAt\":\"" + at + "\",\"clientKey\":\"" + "k".repeat(5000) + "\"}",
                "{\"pointCode\":[\"JJ-P001\"],\"category\":{\"a\":1},\"weightKg\":[10],\"weighedAt\":true}",
                "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":10,\"weighedAt\":\"" + at + "\",\"material\":\"PAPER\"}",
                "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":10,\"weighedAt\":\"" + at + "\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
                "{\"pointCode\":\"\u202EJJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":10,\"weighedAt\":\"" + at + "\"}"));
        return bodies;
    }

    @Test
    void brokenWeighingsAreRefusedWithAProblemAndStoreNothing() {
        Api api = new Api(url);
        String list = "api/v1/tonnage-logs?pointCode=JJ-P001&from=" + TODAY.minusDays(1) + "&to=" + TODAY.plusDays(1) + "&size=1";
        long before = api.get(list, "bureau").json().getJsonNumber("total").longValue();
        List<String> wrong = new ArrayList<>();
        for (String body : hostileWeighings()) {
            var reply = api.post("api/v1/tonnage-logs", "station-jj01", body);
            if (reply.status() < 400 || reply.status() >= 500 || !reply.isProblem()) {
                wrong.add(reply.status() + " " + reply.contentType() + " for " + body.substring(0, Math.min(120, body.length())));
            }
        }
        assertTrue(wrong.isEmpty(), "answers that are not a 4xx problem: " + wrong);
        assertEquals(before, api.get(list, "bureau").json().getJsonNumber("total").longValue(), "nothing stored");
    }

    @Test
    void overlongAndHostileStringsInReferenceDataAreRefused() {
        Api api = new Api(url);
        List<String> bodies = List.of(
                "{\"code\":\"" + "X".repeat(300) + "\",\"name\":\"n\",\"districtCode\":\"510104\",\"households\":1,\"residents\":1}",
                "{\"code\":\"C-1\",\"name\":\"" + "长".repeat(1000) + "\",\"districtCode\":\"510104\",\"households\":1,\"residents\":1}",
                "{\"code\":\"C-1\",\"name\":\"n\",\"districtCode\":\"5101O4\",\"households\":1,\"residents\":1}",
                "{\"code\":\"C 1;--\",\"name\":\"n\",\"districtCode\":\"510104\",\"households\":1,\"residents\":1}",
                "{\"code\":\"C-1\",\"name\":\"n\",\"districtCode\":\"510104\",\"households\":-5,\"residents\":2147483648}",
                "{\"code\":\"C-1\",\"name\":\"\\u0007\\u0008\",\"districtCode\":\"510104\",\"households\":1,\"residents\":1}");
        for (String body : bodies) {
            var reply = api.post("api/v1/communities", "admin", body);
            assertTrue(reply.status() >= 400 && reply.status() < 500 && reply.isProblem(), reply + " for " + body.substring(0, Math.min(80, body.length())));
        }
        assertEquals(404, api.get("api/v1/communities/C-1", "bureau").status(), "nothing stored");
    }

    @Test
    void hostileQueriesAnswerProblemsNotErrors() {
        Api api = new Api(url);
        List<String> queries = List.of(
                "tonnage-logs?page=-1", "tonnage-logs?size=100000", "tonnage-logs?size=abc", "tonnage-logs?from=2026-02-30",
                "tonnage-logs?from=2026-10-01&to=2026-09-01", "tonnage-logs?districtCode=%27%20OR%201%3D1",
                "indicators?scope=..%2F..%2Fetc&from=2026-10-01&to=2026-10-31", "indicators?scope=CITY&from=0001-01-01&to=9999-12-31",
                "indicators?scope=CITY&from=2026-10-01", "indicators/trend?scope=CITY&from=2020-01-01&to=2026-10-31&step=DAY",
                "indicators/components/R%27?scope=CITY&from=2026-10-01&to=2026-10-31", "returns?period=2026-Q9",
                "returns?period=%00", "warnings?confirmed=maybe", "completeness?districtCode=510104&from=2020-01-01&to=2026-01-01",
                "exports/ranking?format=exe", "exports/ranking?lang=fr", "audit?from=yesterday", "facilities/%2e%2e/capacity?from=2026-10-01&to=2026-10-31");
        List<String> wrong = new ArrayList<>();
        for (String q : queries) {
            var reply = api.get("api/v1/" + q, "bureau");
            if (reply.status() < 400 || reply.status() >= 500) {
                wrong.add(reply.status() + " for " + q);
            }
        }
        assertTrue(wrong.isEmpty(), "queries not refused with a 4xx: " + wrong);
    }

    @Test
    void aPropertyTheApiDoesNotKnowIsRefusedNamingIt() {
        Api api = new Api(url);
        var reply = api.post("api/v1/tonnage-logs", "station-jj01", "{\"pointCode\":\"JJ-P001\",\"category\":\"RECYCLABLE\",\"materail\":\"PAPER\","
                + "\"weightKg\":10,\"weighedAt\":\"" + TODAY + "T08:00:00+08:00\"}");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("materail", reply.errorFields().get(0), reply::toString);
    }

    @Test
    void aBodyBeyondTheLimitAndAWrongMediaTypeAreRefused() {
        Api api = new Api(url);
        String huge = "{\"pointCode\":\"JJ-P001\",\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertEquals(413, api.post("api/v1/tonnage-logs", "station-jj01", huge).status());
        var xml = api.post("api/v1/tonnage-logs", "station-jj01", "application/xml", "<log/>", null);
        assertTrue(xml.status() == 415 || xml.status() == 400, xml::toString);
        // a text body is held to the JSON limit too, except where a file is taken (the imports)
        String text = "x".repeat(2 * 1024 * 1024);
        assertEquals(413, api.post("api/v1/tonnage-logs", "station-jj01", "text/plain", text, null).status());
        assertEquals(413, api.post("api/v1/districts", "admin", "text/csv", text, null).status());
    }

    /** The edges found in issue 15: each answered 500 before. */
    @Test
    void theEdgesOfIssue15AreRefusedNamingTheFieldInsteadOfFailing() {
        Api api = new Api(url);
        Map<String, String> edges = new java.util.LinkedHashMap<>();
        edges.put("points?page=2147484&size=1000", "page");
        edges.put("audit?from=2099-01-01", "from");
        edges.put("warnings?from=2099-01-01", "from");
        edges.put("indicators?scope=CITY&from=1999-01-01&to=1999-12-31", "from");
        edges.put("indicators/districts?from=1999-01-01&to=1999-12-31", "from");
        edges.put("indicators/trend?scope=CITY&from=1999-01-01&to=1999-12-31&step=MONTH", "from");
        edges.put("indicators?scope=CITY&from=%2B999999999-01-01&to=%2B999999999-12-31", "from");
        edges.put("indicators?scope=CITY&from=-999999999-01-01&to=2026-01-31", "from");
        edges.put("tonnage-logs?pointCode=JJ-P001&from=-999999999-01-01", "from");
        edges.put("completeness?districtCode=510104&from=%2B999999999-12-01&to=%2B999999999-12-31", "from");
        edges.put("tonnage-logs?pointCode=JJ-P001&size=99999999999999999999", "size");
        List<String> wrong = new ArrayList<>();
        for (var e : edges.entrySet()) {
            var reply = api.get("api/v1/" + e.getKey(), "bureau");
            if (reply.status() != 400 || !reply.isProblem() || !reply.errorFields().contains(e.getValue())) {
                wrong.add(e.getKey() + " -> " + reply);
            }
        }
        assertTrue(wrong.isEmpty(), "not a 400 naming the field: " + wrong);
    }

    @Test
    void aWeightOfFourHundredThousandDigitsIsRefusedCheaplyNamingWeightKg() {
        Api api = new Api(url);
        String body = "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\",\"weightKg\":" + "9".repeat(400_000)
                + ",\"weighedAt\":\"" + TODAY + "T08:00:00+08:00\"}";
        api.post("api/v1/tonnage-logs", "station-jj01", "{}");
        long start = System.nanoTime();
        var reply = api.post("api/v1/tonnage-logs", "station-jj01", body);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("weightKg"), reply.errorFields(), reply::toString);
        System.out.println("a 400,000-digit weightKg refused in " + millis + " ms");
        assertTrue(millis < 1500, "took " + millis + " ms");
    }

    @Test
    void aCsvRowWhoseWeightHasFourHundredThousandDigitsIsRefusedNamingWeightKg() {
        Api api = new Api(url);
        String header = "pointCode,category,material,weightKg,weighedAt,clientKey\n";
        String at = "," + TODAY + "T08:00:00+08:00,\n";
        long start = System.nanoTime();
        var reply = api.post("api/v1/tonnage-logs/import", "station-jj01", "text/csv", header + "JJ-P001,KITCHEN,," + "9".repeat(400_000) + at, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("weightKg"), reply.errorFields(), reply::toString);
        assertTrue(reply.json().getString("detail").contains("line 2"), reply::toString);
        System.out.println("a CSV file whose weightKg has 400,000 digits refused in " + millis + " ms");
        for (String weight : new String[] {"9".repeat(1000), "1E999999999", "-1E-999999999"}) {
            var row = api.post("api/v1/tonnage-logs/import", "station-jj01", "text/csv", header + "JJ-P001,KITCHEN,," + weight + at, null);
            assertEquals(200, row.status(), row::toString);
            assertEquals(0, row.json().getInt("accepted"), row::toString);
            assertEquals("weightKg", row.json().getJsonArray("rejected").getJsonObject(0).getString("field"), row::toString);
        }
    }

    @Test
    void aBulkImportHoldingAFourMegabyteQuotedFieldIsRefusedWithItsLineAndField() {
        Api api = new Api(url);
        String csv = "pointCode,category,material,weightKg,weighedAt,clientKey\nJJ-P001,KITCHEN,,12.5," + TODAY + "T08:00:00+08:00,a\n"
                + "JJ-P001,KITCHEN,\"" + "x".repeat(4 << 20) + "\",12.5," + TODAY + "T08:00:00+08:00,b\n";
        var reply = api.post("api/v1/imports?recordType=tonnage-logs", "station-jj01", "text/csv", csv, null);
        assertEquals(400, reply.status(), () -> reply.toString().substring(0, Math.min(400, reply.toString().length())));
        assertEquals(List.of("material"), reply.errorFields(), reply::toString);
        assertTrue(reply.json().getString("detail").startsWith("material: line 3, column 3"), reply::toString);
    }

    @Test
    void aWeighingDatedBeforeTheEarliestDefinitionSetIsRefusedNamingWeighedAt() {
        Api api = new Api(url);
        var reply = api.post("api/v1/tonnage-logs", "station-jj01", "{\"pointCode\":\"JJ-P001\",\"category\":\"KITCHEN\","
                + "\"weightKg\":10,\"weighedAt\":\"1999-12-31T08:00:00+08:00\"}");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(List.of("weighedAt"), reply.errorFields(), reply::toString);
        assertTrue(reply.json().getString("detail").contains("2000-01-01"), reply::toString);
    }

    @Test
    void aPointNamedAsAFormulaIsNotAFormulaInTheCompletenessExport() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String name = "=HYPERLINK(\"http://x\",\"h5\")";
        var created = api.post("api/v1/points", "admin", jakarta.json.Json.createObjectBuilder().add("code", tag).add("name", name)
                .add("kind", "SORTING_POINT").add("districtCode", "510104").add("latitude", 30.6).add("longitude", 104.1)
                .add("acceptedCategories", jakarta.json.Json.createArrayBuilder().add("RESIDUAL")).add("servedCommunities",
                        jakarta.json.Json.createArrayBuilder()).add("activeFrom", TODAY.minusDays(3).toString()).build());
        assertEquals(201, created.status(), created::toString);
        var csv = api.download("api/v1/exports/completeness?format=csv&districtCode=510104&from=" + TODAY.minusDays(2) + "&to=" + TODAY.minusDays(1),
                "bureau");
        assertEquals(200, csv.status());
        String text = new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains(tag), "the point is in the export");
        assertTrue(!text.contains(",\"=HYPERLINK") && !text.contains(",=HYPERLINK"), "a formula cell: " + text.lines()
                .filter(l -> l.contains(tag)).toList());
        assertTrue(text.contains("'=HYPERLINK"), text.lines().filter(l -> l.contains(tag)).toList().toString());
    }

    private static long importFiles() {
        java.io.File[] files = new java.io.File(System.getProperty("wastenet.it.serverDir"), "data/imports").listFiles();
        return files == null ? 0 : files.length;
    }

    /** The test server keeps no file of a completed import (wastenet.imports.keepDays=0) and allows 64 MiB a user. */
    @Test
    void aCompletedImportsFileIsRemovedAndAnUploadBeyondTheQuotaIsRefused() throws InterruptedException {
        Api api = new Api(url);
        long before = importFiles();
        var reply = api.post("api/v1/tonnage-logs/import", "station-jj01", "text/csv",
                "pointCode,category,material,weightKg,weighedAt,clientKey\nJJ-P001,KITCHEN,,1E999," + TODAY + "T08:00:00+08:00,\n", null);
        assertEquals(200, reply.status(), reply::toString);
        for (int i = 0; i < 50 && importFiles() > before; i++) {
            Thread.sleep(100);
        }
        assertEquals(before, importFiles(), "the completed import's file is removed");
        String big = "pointCode,category,material,weightKg,weighedAt,clientKey\n" + ("JJ-P001,KITCHEN,,1," + TODAY + "T08:00:00+08:00,\n")
                .repeat((65 << 20) / 46);
        var over = api.post("api/v1/imports?recordType=tonnage-logs", "station-jj01", "text/csv", big, null);
        assertEquals(413, over.status(), () -> over.toString().substring(0, Math.min(300, over.toString().length())));
        assertTrue(over.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("quota"), over::toString);
        assertEquals(before, importFiles(), "nothing kept of the refused file");
    }
}
