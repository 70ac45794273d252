package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Station staff log weighings: stored once, refused precisely, corrected by revision, imported in bulk. */
@ExtendWith(ArquillianExtension.class)
class TonnageLogIT {
    static final ZoneOffset CITY = ZoneOffset.ofHours(8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    /** A fresh point accepting kitchen, recyclable and residual waste, in service for the last 30 days. */
    String newPoint(Api api, String tag) {
        String code = newUngrantedPoint(api, tag);
        api.grantPoints("station-jj01", code);
        return code;
    }

    /** A point of no station's: only the administrator writes there. */
    String newUngrantedPoint(Api api, String tag) {
        String code = tag + "-P";
        var reply = api.post("api/v1/points", "admin", Json.createObjectBuilder().add("code", code).add("name", "测试投放点")
                .add("kind", "SORTING_POINT").add("districtCode", "510104").add("latitude", 30.65).add("longitude", 104.08)
                .add("acceptedCategories", Json.createArrayBuilder().add("KITCHEN").add("RECYCLABLE").add("RESIDUAL"))
                .add("activeFrom", LocalDate.now(CITY).minusDays(30).toString()).build());
        assertEquals(201, reply.status(), reply::toString);
        return code;
    }

    static String hoursAgo(int hours) {
        return OffsetDateTime.now(CITY).minusHours(hours).truncatedTo(ChronoUnit.SECONDS).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static JsonObject weighing(String point, String category, String material, String kg, String at, String key) {
        var b = Json.createObjectBuilder().add("pointCode", point).add("category", category).add("weighedAt", at);
        if (material != null) {
            b.add("material", material);
        }
        if (kg != null) {
            b.add("weightKg", Json.createValue(new java.math.BigDecimal(kg)));
        }
        if (key != null) {
            b.add("clientKey", key);
        }
        return b.build();
    }

    static int count(Api api, String point) {
        return api.get("api/v1/tonnage-logs?size=1&pointCode=" + point, "admin").json().getInt("total");
    }

    @Test
    void aWeighingIsStoredOnceHoweverOftenItIsRetried() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String point = newPoint(api, tag);
        JsonObject body = weighing(point, "KITCHEN", "HOUSEHOLD_KITCHEN", "152.5", hoursAgo(1), tag + "-k1");

        var first = api.post("api/v1/tonnage-logs", "station-jj01", body);
        assertEquals(201, first.status(), first::toString);
        assertEquals(1, first.json().getInt("revision"));
        assertEquals("152.500", first.json().getJsonNumber("weightKg").bigDecimalValue().toPlainString());
        assertEquals("510104", first.json().getString("districtCode"));
        assertEquals("station-jj01", first.json().getString("createdBy"));

        var retry = api.post("api/v1/tonnage-logs", "station-jj01", body);
        assertEquals(200, retry.status(), retry::toString);
        assertEquals(first.json(), retry.json(), "a retry answers exactly the first record");

        var reuse = api.post("api/v1/tonnage-logs", "station-jj01",
                weighing(point, "KITCHEN", "HOUSEHOLD_KITCHEN", "15.25", hoursAgo(1), tag + "-k1"));
        assertEquals(409, reuse.status());
        assertEquals("clientKey", reuse.errorFields().get(0));
        assertEquals(1, count(api, point));

        var stored = api.get("api/v1/tonnage-logs/" + first.json().getJsonNumber("id").longValue(), "bureau");
        assertEquals(200, stored.status());
        assertEquals(1, stored.json().getJsonArray("revisions").size());
    }

    @Test
    void concurrentRetriesOfOneWeighingStoreOneRecord() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String point = newPoint(api, tag);
        JsonObject body = weighing(point, "RESIDUAL", null, "880", hoursAgo(2), tag + "-race");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> api.post("api/v1/tonnage-logs", "station-jj01", body));
            }
            Set<Long> ids = new HashSet<>();
            int created = 0;
            for (Future<Api.Reply> f : pool.invokeAll(calls)) {
                Api.Reply r = f.get();
                assertTrue(r.status() == 201 || r.status() == 200, r::toString);
                created += r.status() == 201 ? 1 : 0;
                ids.add(r.json().getJsonNumber("id").longValue());
            }
            assertEquals(1, created);
            assertEquals(1, ids.size());
            assertEquals(1, count(api, point));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyKindOfBadWeighingIsRefusedNamingItsFieldAndStoresNothing() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String point = newPoint(api, tag);
        String ok = hoursAgo(1);
        String suspendedPoint = tag + "-S";
        assertEquals(201, api.post("api/v1/points", "admin", Json.createObjectBuilder(ReferenceDataIT.point(suspendedPoint,
                LocalDate.now(CITY).minusDays(30).toString())).build()).status());
        assertEquals(200, api.post("api/v1/points/" + suspendedPoint + "/status", "admin",
                "{\"status\":\"SUSPENDED\",\"effectiveFrom\":\"" + LocalDate.now(CITY).minusDays(5) + "\",\"reason\":\"repair\"}").status());
        api.grantPoints("station-jj01", suspendedPoint);

        record Case(String what, String body, int status, String field) {
        }
        List<Case> cases = List.of(
                new Case("zero weight", weighing(point, "KITCHEN", null, "0", ok, null).toString(), 400, "weightKg"),
                new Case("negative weight", weighing(point, "KITCHEN", null, "-5", ok, null).toString(), 400, "weightKg"),
                new Case("over 100 t", weighing(point, "KITCHEN", null, "100000.5", ok, null).toString(), 400, "weightKg"),
                new Case("sub-gram", weighing(point, "KITCHEN", null, "1.0005", ok, null).toString(), 400, "weightKg"),
                new Case("no weight", weighing(point, "KITCHEN", null, null, ok, null).toString(), 400, "weightKg"),
                new Case("weight not a number", "{\"pointCode\":\"" + point + "\",\"category\":\"KITCHEN\",\"weightKg\":\"abc\",\"weighedAt\":\"" + ok + "\"}", 400, "weightKg"),
                new Case("weight an object", "{\"pointCode\":\"" + point + "\",\"category\":\"KITCHEN\",\"weightKg\":{\"kg\":1},\"weighedAt\":\"" + ok + "\"}", 400, "weightKg"),
                new Case("in the future", weighing(point, "KITCHEN", null, "5", OffsetDateTime.now(CITY).plusHours(1).toString(), null).toString(), 400, "weighedAt"),
                new Case("before the point existed", weighing(point, "KITCHEN", null, "5", OffsetDateTime.now(CITY).minusDays(40).toString(), null).toString(), 400, "weighedAt"),
                new Case("time without offset", weighing(point, "KITCHEN", null, "5", "2026-03-05T08:30:00", null).toString(), 400, "weighedAt"),
                new Case("category not accepted", weighing(point, "HAZARDOUS", null, "5", ok, null).toString(), 400, "category"),
                new Case("unknown category", weighing(point, "GLASS", null, "5", ok, null).toString(), 400, "category"),
                new Case("material of another category", weighing(point, "KITCHEN", "PAPER", "5", ok, null).toString(), 400, "material"),
                new Case("unknown material", weighing(point, "KITCHEN", "GOLD", "5", ok, null).toString(), 400, "material"),
                new Case("point suspended then", weighing(suspendedPoint, "RESIDUAL", null, "5", hoursAgo(24), null).toString(), 400, "weighedAt"),
                new Case("unknown point", weighing(tag + "-NONE", "KITCHEN", null, "5", ok, null).toString(), 404, "pointCode"),
                new Case("malformed point code", weighing("点 1", "KITCHEN", null, "5", ok, null).toString(), 400, "pointCode"),
                new Case("client key too long", weighing(point, "KITCHEN", null, "5", ok, "k".repeat(65)).toString(), 400, "clientKey"),
                new Case("malformed JSON", "{\"pointCode\":\"" + point + "\",", 400, "body"),
                new Case("not an object", "[1,2]", 400, "body"),
                new Case("empty body", "", 400, "body"),
                new Case("body over 1 MiB", "{\"pointCode\":\"" + "x".repeat(1_100_000) + "\"}", 413, "body"));
        assertAll(cases.stream().map(c -> () -> {
            var reply = api.post("api/v1/tonnage-logs", "station-jj01", c.body());
            assertEquals(c.status(), reply.status(), c.what() + ": " + reply);
            assertTrue(reply.isProblem(), c.what() + ": " + reply);
            assertTrue(reply.errorFields().contains(c.field()), c.what() + " should name " + c.field() + ": " + reply);
        }));
        assertEquals(0, count(api, point));
        assertEquals(0, count(api, suspendedPoint));
    }

    /** A client key belongs to its submitter: the same string from two users is two records, never one user's record handed to another. */
    @Test
    void aClientKeyIsItsSubmittersAndAReplayNeverHandsOverAnotherUsersRecord() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String point = newPoint(api, tag);
        String at = hoursAgo(2);
        var stations = api.post("api/v1/tonnage-logs", "station-jj01", weighing(point, "RESIDUAL", null, "12.5", at, tag + "-same"));
        var admins = api.post("api/v1/tonnage-logs", "admin", weighing(point, "RESIDUAL", null, "12.5", at, tag + "-same"));
        assertEquals(201, stations.status(), stations::toString);
        assertEquals(201, admins.status(), "another user's key of the same string is another key: " + admins);
        assertTrue(stations.json().getJsonNumber("id").longValue() != admins.json().getJsonNumber("id").longValue());
        assertEquals(2, count(api, point));
        assertEquals(200, api.post("api/v1/tonnage-logs", "admin", weighing(point, "RESIDUAL", null, "12.5", at, tag + "-same")).status(),
                "each user's own retry is a retry");

        // the administrator logs at a point that is not the station's; the station replays that body and key
        String elsewhere = newUngrantedPoint(api, tag + "b");
        var original = api.post("api/v1/tonnage-logs", "admin", weighing(elsewhere, "RESIDUAL", null, "40", at, tag + "-theirs"));
        assertEquals(201, original.status(), original::toString);
        var replay = api.post("api/v1/tonnage-logs", "station-jj01", weighing(elsewhere, "RESIDUAL", null, "40", at, tag + "-theirs"));
        assertEquals(403, replay.status(), "a replay outside one's scope is refused, not answered with the other's record: " + replay);
        assertEquals("pointCode", replay.errorFields().get(0));
        assertEquals(1, count(api, elsewhere));
    }

    @Test
    void refusalsSpeakChineseWhenAskedTo() {
        Api api = new Api(url);
        String point = newPoint(api, Deployments.uniqueTag());
        var reply = api.post("api/v1/tonnage-logs", "station-jj01", "application/json",
                weighing(point, "KITCHEN", null, "-1", hoursAgo(1), null).toString(), "zh-CN,zh;q=0.9");
        assertEquals(400, reply.status());
        assertEquals("必须大于 0 千克", reply.json().getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void aCorrectionAddsARevisionAndTheOldOneStaysReadable() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String point = newPoint(api, tag);
        var first = api.post("api/v1/tonnage-logs", "station-jj01",
                weighing(point, "RECYCLABLE", "PAPER", "152.5", hoursAgo(3), null)).json();
        long id = first.getJsonNumber("id").longValue();

        var corrected = api.post("api/v1/tonnage-logs/" + id + "/corrections", "station-jj01",
                "{\"weightKg\":125,\"reason\":\"秤读数录入错误\"}");
        assertEquals(201, corrected.status(), corrected::toString);
        assertEquals(2, corrected.json().getInt("revision"));

        var record = api.get("api/v1/tonnage-logs/" + id, "bureau").json();
        var revisions = record.getJsonArray("revisions");
        assertEquals(2, revisions.size());
        assertEquals(0, new java.math.BigDecimal("152.5").compareTo(revisions.getJsonObject(0).getJsonNumber("weightKg").bigDecimalValue()));
        assertEquals(0, new java.math.BigDecimal("125").compareTo(revisions.getJsonObject(1).getJsonNumber("weightKg").bigDecimalValue()));
        assertEquals("秤读数录入错误", revisions.getJsonObject(1).getString("reason"));
        assertEquals("station-jj01", revisions.getJsonObject(1).getString("recordedBy"));

        var listed = api.get("api/v1/tonnage-logs?pointCode=" + point, "bureau").json().getJsonArray("items");
        assertEquals(1, listed.size(), "a list shows each weighing once, at its current revision");
        assertEquals(2, listed.getJsonObject(0).getInt("revision"));

        var categoryChange = api.post("api/v1/tonnage-logs/" + id + "/corrections", "station-jj01",
                "{\"category\":\"RESIDUAL\",\"reason\":\"其实是其他垃圾\"}").json();
        assertEquals("RESIDUAL", categoryChange.getString("category"));
        assertTrue(!categoryChange.containsKey("material"), "paper is no material of residual waste");

        var noReason = api.post("api/v1/tonnage-logs/" + id + "/corrections", "station-jj01", "{\"weightKg\":99}");
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.errorFields().get(0));
        var notAccepted = api.post("api/v1/tonnage-logs/" + id + "/corrections", "station-jj01",
                "{\"category\":\"HAZARDOUS\",\"reason\":\"x\"}");
        assertEquals(400, notAccepted.status());
        assertEquals("category", notAccepted.errorFields().get(0));
        assertEquals(404, api.post("api/v1/tonnage-logs/999999999/corrections", "station-jj01",
                "{\"weightKg\":1,\"reason\":\"x\"}").status());
        assertEquals(3, api.get("api/v1/tonnage-logs/" + id, "bureau").json().getInt("revision"));
    }

    @Test
    void aCsvImportStoresTheGoodRowsReportsEachBadOneAndStoresNothingTheSecondTime() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String point = newPoint(api, tag);
        String csv = "pointCode,category,material,weightKg,weighedAt,clientKey\n"
                + point + ",KITCHEN,HOUSEHOLD_KITCHEN,152.5," + hoursAgo(5) + "," + tag + "-r1\n"
                + point + ",RECYCLABLE,PAPER,-3," + hoursAgo(5) + ",\n"
                + point + ",RESIDUAL,,880," + hoursAgo(4) + ",\n"
                + tag + "-NONE,RESIDUAL,,10," + hoursAgo(4) + ",\n"
                + point + ",HAZARDOUS,BATTERY,2," + hoursAgo(4) + ",\n"
                + point + ",RESIDUAL,,abc," + hoursAgo(4) + ",\n"
                + point + ",RECYCLABLE,PLASTIC,12.5,yesterday,\n"
                + point + ",RECYCLABLE,PLASTIC,12.5," + hoursAgo(3) + ",\n";
        var first = api.post("api/v1/tonnage-logs/import", "station-jj01", "text/csv", csv, null);
        assertEquals(200, first.status(), first::toString);
        assertEquals(3, first.json().getInt("accepted"));
        var rejected = first.json().getJsonArray("rejected");
        assertEquals(List.of(3, 5, 6, 7, 8), rejected.stream().map(r -> r.asJsonObject().getInt("line")).toList());
        assertEquals(List.of("weightKg", "pointCode", "category", "weightKg", "weighedAt"),
                rejected.stream().map(r -> r.asJsonObject().getString("field")).toList());
        assertEquals(3, count(api, point));

        var again = api.post("api/v1/tonnage-logs/import", "station-jj01", "text/csv", csv, null);
        assertEquals(0, again.json().getInt("accepted"));
        assertEquals(3, again.json().getInt("alreadyStored"));
        assertEquals(3, count(api, point));

        var noHeader = api.post("api/v1/tonnage-logs/import", "station-jj01", "text/csv", "a,b\n1,2\n", null);
        assertEquals(400, noHeader.status());
        assertEquals("header", noHeader.errorFields().get(0));
    }

    @Test
    void listsArePagedAndFilteredAndBadParametersAreNamed() {
        Api api = new Api(url);
        String point = newPoint(api, Deployments.uniqueTag());
        for (int i = 1; i <= 3; i++) {
            assertEquals(201, api.post("api/v1/tonnage-logs", "station-jj01",
                    weighing(point, "RESIDUAL", null, String.valueOf(i * 100), hoursAgo(i), null)).status());
        }
        var page = api.get("api/v1/tonnage-logs?pointCode=" + point + "&size=2&page=0", "bureau").json();
        assertEquals(3, page.getInt("total"));
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals(0, new java.math.BigDecimal("100").compareTo(
                page.getJsonArray("items").getJsonObject(0).getJsonNumber("weightKg").bigDecimalValue()), "newest first");
        var bad = api.get("api/v1/tonnage-logs?from=2026-02-30&size=5000&districtCode=Chengdu", "bureau");
        assertEquals(400, bad.status());
        assertEquals(List.of("districtCode", "from", "size"), bad.errorFields());
    }

    @Test
    void aPointsUsualWeightIsTheMedianOfItsLast28DaysInTheCategory() {
        Api api = new Api(url);
        String point = newPoint(api, Deployments.uniqueTag());
        String usual = "api/v1/tonnage-logs/usual?pointCode=" + point + "&category=KITCHEN";
        var none = api.get(usual, "station-jj01").json();
        assertEquals(0, none.getInt("weighings"));
        assertTrue(!none.containsKey("medianKg") || none.isNull("medianKg"), none::toString);
        assertEquals(1000, none.getJsonNumber("askAboveKg").intValue());
        for (String kg : List.of("20", "30", "25", "35", "40")) {
            assertEquals(201, api.post("api/v1/tonnage-logs", "station-jj01", weighing(point, "KITCHEN", null, kg, hoursAgo(2), null)).status());
        }
        assertEquals(201, api.post("api/v1/tonnage-logs", "station-jj01", weighing(point, "RESIDUAL", null, "900", hoursAgo(2), null)).status());
        var reply = api.get(usual, "station-jj01");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("no-store", reply.header("Cache-Control"));
        var u = reply.json();
        assertEquals(28, u.getInt("days"));
        assertEquals(5, u.getInt("weighings"), "only the category asked: " + u);
        assertEquals(0, new java.math.BigDecimal("30").compareTo(u.getJsonNumber("medianKg").bigDecimalValue()), u::toString);
        assertEquals(0, new java.math.BigDecimal("90").compareTo(u.getJsonNumber("askAboveKg").bigDecimalValue()), u::toString);

        var bad = api.get("api/v1/tonnage-logs/usual?pointCode=" + point + "&category=FOOD", "station-jj01");
        assertEquals(400, bad.status());
        assertEquals(List.of("category"), bad.errorFields());
        assertEquals(404, api.get("api/v1/tonnage-logs/usual?pointCode=NO-SUCH-POINT&category=KITCHEN", "station-jj01").status());
        assertEquals(403, api.get("api/v1/tonnage-logs/usual?pointCode=" + point + "&category=KITCHEN", "hauler01").status());
    }
}
