package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
    }
}
