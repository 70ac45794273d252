package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every change leaves an audit entry in its own transaction: who, when, what, why, before and after; nobody can change them. */
@ExtendWith(ArquillianExtension.class)
class AuditIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    @Test
    void aWeighingAndItsCorrectionAreKeptWithWhoWhyBeforeAndAfter() {
        Api api = new Api(url);
        String at = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(30).truncatedTo(ChronoUnit.SECONDS).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        var created = api.post("api/v1/tonnage-logs", "station-jj01", "{\"pointCode\":\"JJ-P001\",\"category\":\"RESIDUAL\",\"weightKg\":88.5,"
                + "\"weighedAt\":\"" + at + "\",\"clientKey\":\"" + Deployments.uniqueTag() + "\"}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(201, api.post("api/v1/tonnage-logs/" + id + "/corrections", "station-jj01",
                "{\"weightKg\":80.5,\"reason\":\"tare forgotten\"}").status());
        var refused = api.post("api/v1/tonnage-logs/" + id + "/corrections", "station-jj01", "{\"weightKg\":-1,\"reason\":\"x\"}");
        assertEquals(400, refused.status());

        var trail = api.get("api/v1/audit?recordType=tonnage-log&recordRef=" + id, "bureau");
        assertEquals(200, trail.status(), trail::toString);
        assertEquals(2, trail.json().getInt("total"), "the create and the correction, not the refusal: " + trail);
        JsonObject correction = trail.json().getJsonArray("items").getJsonObject(0);
        assertEquals("CORRECT", correction.getString("action"));
        assertEquals("station-jj01", correction.getString("actor"));
        assertEquals("tare forgotten", correction.getString("reason"));
        assertEquals(88.5, correction.getJsonObject("before").getJsonNumber("weightKg").doubleValue(), 1e-9);
        assertEquals(80.5, correction.getJsonObject("after").getJsonNumber("weightKg").doubleValue(), 1e-9);
        JsonObject create = trail.json().getJsonArray("items").getJsonObject(1);
        assertEquals("CREATE", create.getString("action"));
        assertTrue(create.isNull("before"));

        var byUser = api.get("api/v1/audit?user=station-jj01&size=5", "admin").json();
        assertTrue(byUser.getInt("total") >= 2);
        assertEquals(403, api.get("api/v1/audit", "station-jj01").status());
        assertEquals(403, api.get("api/v1/audit", "officer-jj").status());
        assertEquals(405, api.post("api/v1/audit", "admin", "{}").status(), "nothing writes the trail through the API");
        assertEquals(405, api.put("api/v1/audit", "admin", "{}").status());
    }

    @Test
    void aLongTrailPagesByTheLastEntrySeenAndCountsUpToItsCap() {
        Api api = new Api(url);
        // more entries than the test server counts (wastenet.audit.countedAtMost=20): 21 weighings at a point of the test's
        String tag = Deployments.uniqueTag();
        String point = new TonnageLogIT().newPoint(api, tag);
        for (int i = 0; i < 21; i++) {
            var logged = api.post("api/v1/tonnage-logs", "station-jj01",
                    TonnageLogIT.weighing(point, "RESIDUAL", null, String.valueOf(10 + i), TonnageLogIT.hoursAgo(3), tag + "-c" + i));
            assertEquals(201, logged.status(), logged::toString);
        }
        String all = "api/v1/audit?from=2000-01-01&to=" + java.time.LocalDate.now(java.time.ZoneOffset.ofHours(8));
        var first = api.get(all + "&size=7", "bureau").json();
        var byOffset = api.get(all + "&size=7&page=1", "bureau").json();
        var byKey = api.get(all + "&size=7&after=" + first.getJsonNumber("next").longValue(), "bureau").json();
        assertEquals(7, byKey.getJsonArray("items").size());
        assertEquals(byOffset.getJsonArray("items"), byKey.getJsonArray("items"), "the page after the first by key is its second page");
        assertEquals(first.getJsonArray("items").getJsonObject(6).getJsonNumber("id").longValue(), first.getJsonNumber("next").longValue());
        assertEquals(20, first.getJsonNumber("total").longValue(), "counted up to the cap: " + first);
        assertEquals(true, first.getBoolean("totalCapped"), "capped: counting stopped");
        // under the cap: counted exactly, and not said to be capped
        var mine = api.get(all + "&user=station-jj01&recordType=tonnage-log&size=1", "bureau").json();
        var exact = api.get("api/v1/audit?recordType=point&recordRef=" + point + "&from=2000-01-01", "bureau").json();
        assertEquals(1, exact.getJsonNumber("total").longValue(), exact::toString);
        assertTrue(!exact.containsKey("totalCapped"), exact::toString);
        assertEquals(20, mine.getJsonNumber("total").longValue(), "the 21 weighings counted to the cap: " + mine);
        // the last page says there is no next
        var one = api.get("api/v1/audit?recordType=tonnage-log&recordRef=" + byKey.getJsonArray("items").getJsonObject(0).getString("recordRef")
                + "&from=2000-01-01&size=1000", "bureau").json();
        assertTrue(!one.containsKey("next") || one.isNull("next"), one::toString);
        assertEquals(400, api.get("api/v1/audit?after=abc", "bureau").status());
    }

    @Test
    void aReturnTransitionAndAScopeChangeAreKept() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        assertEquals(201, api.post("api/v1/points", "admin", "{\"code\":\"" + tag + "\",\"name\":\"审计测试点\",\"kind\":\"SORTING_POINT\","
                + "\"districtCode\":\"510104\",\"latitude\":30.6,\"longitude\":104.1,\"acceptedCategories\":[\"RESIDUAL\"],"
                + "\"servedCommunities\":[],\"activeFrom\":\"2026-01-01\"}").status());
        assertEquals(1, api.get("api/v1/audit?recordType=point&recordRef=" + tag, "bureau").json().getInt("total"));
        api.grantPoints("station-jj01", tag);
        var scope = api.get("api/v1/audit?recordType=user-scope&recordRef=station-jj01&size=1", "bureau").json().getJsonArray("items").getJsonObject(0);
        assertEquals("admin", scope.getString("actor"));
        assertTrue(scope.getJsonObject("after").getJsonArray("points").toString().contains(tag));
        assertTrue(!scope.getJsonObject("before").getJsonArray("points").toString().contains(tag));
    }

    /**
     * On PostgreSQL (CI's second pass, WASTENET_DB_URL) the trigger refuses UPDATE, DELETE and TRUNCATE of the audit
     * trail to the application's own database role; on H2 {@code AuditAppendOnlyTest} shows the same for its trigger.
     */
    @Test
    void theDatabaseRefusesToChangeTheTrail() throws Exception {
        String db = System.getenv("WASTENET_DB_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(db != null && db.startsWith("jdbc:postgresql:"), "PostgreSQL only");
        String user = System.getenv().getOrDefault("WASTENET_DB_USER", "wastenet");
        String password = System.getenv().getOrDefault("WASTENET_DB_PASSWORD", "wastenet");
        try (var c = java.sql.DriverManager.getConnection(db, user, password); var s = c.createStatement()) {
            for (String change : new String[] {"update audit.entry set actor = 'nobody'", "delete from audit.entry", "truncate audit.entry"}) {
                var refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> s.execute(change), change);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
    }
}
