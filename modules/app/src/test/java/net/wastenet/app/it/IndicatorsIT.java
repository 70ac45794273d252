package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The indicators over the demo city: every rate with its parts; the read model rebuilds to the same figures. */
@ExtendWith(ArquillianExtension.class)
class IndicatorsIT {
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));
    static final LocalDate LAST_MONTH_START = TODAY.withDayOfMonth(1).minusMonths(1);
    static final LocalDate LAST_MONTH_END = TODAY.withDayOfMonth(1).minusDays(1);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    static double rate(JsonObject o) {
        return o.getJsonNumber("rate").doubleValue();
    }

    @Test
    void theCityHasAllFourRatesWithTheirPartsForLastMonth() {
        Api api = new Api(url);
        var reply = api.get("api/v1/indicators?scope=CITY&from=" + LAST_MONTH_START + "&to=" + LAST_MONTH_END, "bureau");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject a = reply.json();
        JsonObject coverage = a.getJsonObject("coverage");
        assertTrue(coverage.getInt("communities") >= 264);
        assertTrue(coverage.getInt("coveredCommunities") > 0 && coverage.getInt("coveredCommunities") < coverage.getInt("communities"),
                "some demo communities have no kitchen-waste bin: " + coverage);
        assertTrue(rate(coverage) > 50 && rate(coverage) < 100, coverage::toString);
        assertEquals(93.0, coverage.getJsonNumber("target").doubleValue(), 1e-9);
        JsonObject resource = a.getJsonObject("resourceUtilisation");
        JsonObject parts = resource.getJsonObject("components");
        for (String part : new String[] {"recoveredKg", "incineratedKg", "kitchenTreatedKg", "collectedKg"}) {
            assertTrue(parts.getJsonNumber(part).doubleValue() > 0, part + " in " + parts);
        }
        assertEquals("default-1", resource.getJsonObject("coefficients").getString("set"));
        double expected = 100 * (parts.getJsonNumber("recoveredKg").doubleValue() + 0.6 * parts.getJsonNumber("incineratedKg").doubleValue()
                + parts.getJsonNumber("kitchenTreatedKg").doubleValue())
                / (parts.getJsonNumber("collectedKg").doubleValue() + parts.getJsonNumber("recoveredKg").doubleValue());
        assertEquals(expected, rate(resource), 0.006);
        assertTrue(rate(a.getJsonObject("recoveryRate")) > 0);
        assertEquals(100.0, rate(a.getJsonObject("harmlessTreatment")), 1e-9);
    }

    @Test
    void aPeriodWithoutDataHasNullRatesNotZero() {
        var a = new Api(url).get("api/v1/indicators?scope=CITY&from=2001-01-01&to=2001-01-31", "bureau").json();
        assertEquals(JsonValue.ValueType.NULL, a.getJsonObject("coverage").get("rate").getValueType());
        assertEquals(JsonValue.ValueType.NULL, a.getJsonObject("recoveryRate").get("rate").getValueType());
        assertEquals(JsonValue.ValueType.NULL, a.getJsonObject("resourceUtilisation").get("rate").getValueType());
        assertEquals(0, a.getJsonObject("coverage").getInt("communities"));
    }

    @Test
    void officersReadTheirDistrictAndOnlyTheBureauReadsTheCity() {
        Api api = new Api(url);
        String period = "&from=" + LAST_MONTH_START + "&to=" + LAST_MONTH_END;
        var jinjiang = api.get("api/v1/indicators?scope=510104" + period, "officer-jj");
        assertEquals(200, jinjiang.status(), jinjiang::toString);
        assertEquals("510104", jinjiang.json().getString("scope"));
        assertEquals(403, api.get("api/v1/indicators?scope=510105" + period, "officer-jj").status());
        assertEquals(403, api.get("api/v1/indicators?scope=CITY" + period, "officer-jj").status());
        var bad = api.get("api/v1/indicators?scope=Chengdu&from=2026-13-01&to=" + LAST_MONTH_END, "bureau");
        assertEquals(400, bad.status());
        var trend = api.get("api/v1/indicators/trend?scope=510104&from=" + LAST_MONTH_START.minusMonths(2) + "&to=" + LAST_MONTH_END
                + "&step=MONTH", "officer-jj").json();
        assertEquals(3, trend.getInt("total"));
    }

    @Test
    void theCityAndEveryDistrictInOneAnswerAreTheFiguresAskedOneByOne() {
        Api api = new Api(url);
        // a partial month at each end (day sums) around whole months (month sums), and one whole month
        for (String[] period : new String[][] {{LAST_MONTH_START.minusMonths(1).plusDays(9).toString(), TODAY.minusDays(3).toString()},
                {LAST_MONTH_START.toString(), LAST_MONTH_END.toString()}}) {
            String range = "from=" + period[0] + "&to=" + period[1];
            var all = api.get("api/v1/indicators/districts?" + range, "bureau");
            assertEquals(200, all.status(), all::toString);
            assertEquals(api.get("api/v1/indicators?scope=CITY&" + range, "bureau").json(), all.json().getJsonObject("city"));
            var districts = all.json().getJsonArray("districts");
            assertTrue(districts.size() >= 20, districts::toString);
            for (JsonValue d : districts) {
                String scope = d.asJsonObject().getString("scope");
                assertEquals(api.get("api/v1/indicators?scope=" + scope + "&" + range, "bureau").json(), d, scope + " " + range);
            }
            assertEquals(403, api.get("api/v1/indicators/districts?" + range, "officer-jj").status());
        }
    }

    @Test
    void rebuildingTheReadModelGivesIdenticalFigures() {
        Api api = new Api(url);
        String query = "api/v1/indicators?scope=CITY&from=" + TODAY.minusMonths(3) + "&to=" + TODAY;
        String district = "api/v1/indicators?scope=510104&from=" + TODAY.minusMonths(3) + "&to=" + TODAY;
        var before = api.get(query, "bureau").json();
        var districtBefore = api.get(district, "bureau").json();
        var queued = api.post("api/v1/indicators/read-model/rebuild", "bureau", "");
        assertEquals(202, queued.status(), queued::toString);
        long id = queued.json().getJsonNumber("id").longValue();
        var rebuilt = api.get("api/v1/indicators/read-model/rebuild/" + id, "bureau").json();
        for (long end = System.currentTimeMillis() + 120_000; !rebuilt.getString("status").equals("COMPLETED")
                && System.currentTimeMillis() < end; rebuilt = api.get("api/v1/indicators/read-model/rebuild/" + id, "bureau").json()) {
            assertNotEquals("FAILED", rebuilt.getString("status"), rebuilt::toString);
            var meanwhile = api.get(query, "bureau");
            // while it runs, the indicators say so instead of answering from a half-built model
            assertTrue(meanwhile.status() == 200 || meanwhile.status() == 503 && meanwhile.header("Retry-After") != null,
                    meanwhile::toString);
            sleep(200);
        }
        assertEquals("COMPLETED", rebuilt.getString("status"), rebuilt::toString);
        assertTrue(rebuilt.getJsonNumber("receipts").longValue() > 1000, rebuilt::toString);
        assertTrue(rebuilt.getJsonNumber("weighings").longValue() > 10_000, rebuilt::toString);
        assertEquals(before, api.get(query, "bureau").json());
        assertEquals(districtBefore, api.get(district, "bureau").json());
        assertEquals(403, api.post("api/v1/indicators/read-model/rebuild", "station-jj01", "").status());
        assertEquals(403, api.get("api/v1/indicators/read-model/rebuild/" + id, "officer-jj").status());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aKitchenWasteWeighingMakesACommunityCoveredInTheSameTransaction() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        // the district's figures are kept between requests: each change below must show in the next answer
        String figures = "api/v1/indicators?scope=510104&from=" + TODAY.minusDays(1) + "&to=" + TODAY;
        JsonObject before = api.get(figures, "bureau").json().getJsonObject("coverage");
        assertEquals(before, api.get(figures, "bureau").json().getJsonObject("coverage"));
        assertEquals(201, api.post("api/v1/communities", "admin", "{\"code\":\"" + tag + "-C\",\"name\":\"新小区\",\"districtCode\":\"510104\","
                + "\"households\":900,\"residents\":2000,\"activeFrom\":\"" + TODAY.minusDays(10) + "\"}").status());
        assertEquals(201, api.post("api/v1/points", "admin", Json.createObjectBuilder().add("code", tag + "-P").add("name", "新投放点")
                .add("kind", "SORTING_POINT").add("districtCode", "510104").add("latitude", 30.6).add("longitude", 104.1)
                .add("acceptedCategories", Json.createArrayBuilder().add("RECYCLABLE").add("HAZARDOUS").add("KITCHEN").add("RESIDUAL"))
                .add("servedCommunities", Json.createArrayBuilder().add(tag + "-C"))
                .add("activeFrom", TODAY.minusDays(10).toString()).build()).status());
        String drill = "api/v1/indicators/coverage?scope=510104&from=" + TODAY.minusDays(1) + "&to=" + TODAY;
        assertEquals("NO_KITCHEN_WASTE_LOGGED", verdict(api, drill, tag + "-C").getString("reason"));
        JsonObject registered = api.get(figures, "bureau").json().getJsonObject("coverage");
        assertEquals(before.getInt("communities") + 1, registered.getInt("communities"), registered::toString);
        assertEquals(before.getInt("coveredCommunities"), registered.getInt("coveredCommunities"), registered::toString);
        api.grantPoints("station-jj01", tag + "-P");
        String at = WallIT.earlierToday().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertEquals(201, api.post("api/v1/tonnage-logs", "station-jj01", "{\"pointCode\":\"" + tag + "-P\",\"category\":\"KITCHEN\","
                + "\"weightKg\":120,\"weighedAt\":\"" + at + "\"}").status());
        var covered = verdict(api, drill, tag + "-C");
        assertTrue(covered.getBoolean("covered"), covered::toString);
        JsonObject weighed = api.get(figures, "bureau").json().getJsonObject("coverage");
        assertEquals(before.getInt("coveredCommunities") + 1, weighed.getInt("coveredCommunities"), weighed::toString);

        // the whole month reads the month's evidence (a row a point and month), not the point-days
        String month = "api/v1/indicators/coverage?scope=510104&from=" + TODAY.withDayOfMonth(1) + "&to="
                + TODAY.withDayOfMonth(TODAY.lengthOfMonth());
        assertTrue(verdict(api, month, tag + "-C").getBoolean("covered"));

        // the one kitchen-waste weighing was residual waste after all: the month has no evidence left
        var logged = api.get("api/v1/tonnage-logs?pointCode=" + tag + "-P", "bureau").json().getJsonArray("items");
        long id = logged.getJsonObject(0).getJsonNumber("id").longValue();
        var corrected = api.post("api/v1/tonnage-logs/" + id + "/corrections", "station-jj01",
                "{\"category\":\"RESIDUAL\",\"reason\":\"其实是其他垃圾\"}");
        assertEquals(201, corrected.status(), corrected::toString);
        assertEquals("NO_KITCHEN_WASTE_LOGGED", verdict(api, drill, tag + "-C").getString("reason"));
        assertEquals("NO_KITCHEN_WASTE_LOGGED", verdict(api, month, tag + "-C").getString("reason"));
        JsonObject uncovered = api.get(figures, "bureau").json().getJsonObject("coverage");
        assertEquals(before.getInt("coveredCommunities"), uncovered.getInt("coveredCommunities"), uncovered::toString);
        // and a second correction back to kitchen waste gives it again
        assertEquals(201, api.post("api/v1/tonnage-logs/" + id + "/corrections", "station-jj01",
                "{\"category\":\"KITCHEN\",\"reason\":\"复核：确为厨余\"}").status());
        assertTrue(verdict(api, drill, tag + "-C").getBoolean("covered"));
        assertTrue(verdict(api, month, tag + "-C").getBoolean("covered"));
    }

    @Test
    void theBureauAddsADefinitionSetThatComputesThePeriodsAfterItsDate() {
        Api api = new Api(url);
        String name = Deployments.uniqueTag().toLowerCase() + "-2099";
        String body = "{\"name\":\"" + name + "\",\"effectiveFrom\":\"2099-01-01\",\"incineration\":1.0,\"kitchen\":1.0,\"landfill\":0.1,"
                + "\"targetCoverage\":95,\"targetRecovery\":40,\"targetResourceUtilisation\":70,\"targetHarmlessTreatment\":100,"
                + "\"targetStandardCommunities\":12000}";
        assertEquals(201, api.post("api/v1/indicator-definitions", "bureau", body).status());
        assertEquals(409, api.post("api/v1/indicator-definitions", "bureau", body).status());
        var invalid = api.post("api/v1/indicator-definitions", "bureau", body.replace("\"incineration\":1.0", "\"incineration\":1.5")
                .replace(name, name + "x"));
        assertEquals(400, invalid.status());
        assertEquals("incineration", invalid.errorFields().get(0));
        var negative = api.post("api/v1/indicator-definitions", "bureau", body.replace("12000", "0").replace(name, name + "n"));
        assertEquals(400, negative.status(), negative::toString);
        assertEquals(List.of("targetStandardCommunities"), negative.errorFields());
        assertTrue(api.get("api/v1/indicator-definitions", "bureau").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .noneMatch(d -> d.getString("name").equals(name + "n")), "a refused set is not stored");
        assertEquals(403, api.post("api/v1/indicator-definitions", "station-jj01", body.replace(name, name + "y")).status());
        var future = api.get("api/v1/indicators?scope=CITY&from=2099-01-01&to=2099-01-31", "bureau").json();
        assertEquals(name, future.getJsonObject("resourceUtilisation").getJsonObject("coefficients").getString("set"));
        assertEquals(95.0, future.getJsonObject("coverage").getJsonNumber("target").doubleValue(), 1e-9);
        assertEquals(12000, future.getJsonObject("standardCommunities").getInt("target"), "the city's 达标 target is the set's");
        // a later set that names no count target keeps the one in effect before it
        String later = body.replace(name, name + "l").replace("2099-01-01", "2099-06-01").replace(",\"targetStandardCommunities\":12000", "");
        assertEquals(201, api.post("api/v1/indicator-definitions", "bureau", later).status());
        var july = api.get("api/v1/indicators?scope=CITY&from=2099-07-01&to=2099-07-31", "bureau").json();
        assertEquals(name + "l", july.getJsonObject("resourceUtilisation").getJsonObject("coefficients").getString("set"));
        assertEquals(12000, july.getJsonObject("standardCommunities").getInt("target"), "kept from the set before: " + july);
        var now = api.get("api/v1/indicators?scope=CITY&from=" + LAST_MONTH_START + "&to=" + LAST_MONTH_END, "bureau").json();
        assertEquals("default-1", now.getJsonObject("resourceUtilisation").getJsonObject("coefficients").getString("set"));
        assertEquals(10000, now.getJsonObject("standardCommunities").getInt("target"), "the plan's 10,000 in the shipped set");
    }

    @Test
    void aPointThatSkippedAMonthHasNoKitchenWasteEvidenceInThatMonth() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        YearMonth now = YearMonth.from(TODAY);
        YearMonth first = now.minusMonths(3);
        YearMonth skipped = now.minusMonths(2);
        YearMonth last = now.minusMonths(1);
        assertEquals(201, api.post("api/v1/communities", "admin", "{\"code\":\"" + tag + "-C\",\"name\":\"隔月小区\",\"districtCode\":\"510104\","
                + "\"households\":300,\"residents\":700,\"activeFrom\":\"" + first.minusMonths(1).atDay(1) + "\"}").status());
        assertEquals(201, api.post("api/v1/points", "admin", Json.createObjectBuilder().add("code", tag + "-P").add("name", "隔月投放点")
                .add("kind", "SORTING_POINT").add("districtCode", "510104").add("latitude", 30.6).add("longitude", 104.1)
                .add("acceptedCategories", Json.createArrayBuilder().add("RECYCLABLE").add("HAZARDOUS").add("KITCHEN").add("RESIDUAL"))
                .add("servedCommunities", Json.createArrayBuilder().add(tag + "-C"))
                .add("activeFrom", first.minusMonths(1).atDay(1).toString()).build()).status());
        api.grantPoints("station-jj01", tag + "-P");
        long firstLog = kitchenWeighing(api, tag + "-P", first.atDay(10));
        long lastLog = kitchenWeighing(api, tag + "-P", last.atDay(10));

        // the point logged kitchen waste in its first and last month but not between: asked month by month
        assertFalse(covered(api, tag, skipped, skipped), "the month it skipped");
        assertTrue(covered(api, tag, first, first));
        assertTrue(covered(api, tag, last, last));
        assertTrue(covered(api, tag, first, last), "the three months");
        assertTrue(covered(api, tag, skipped, last));

        // the last month's weighing was residual waste after all: its evidence goes, the first month's stays
        assertEquals(201, api.post("api/v1/tonnage-logs/" + lastLog + "/corrections", "station-jj01",
                "{\"category\":\"RESIDUAL\",\"reason\":\"其实是其他垃圾\"}").status());
        assertFalse(covered(api, tag, last, last));
        assertFalse(covered(api, tag, skipped, last));
        assertTrue(covered(api, tag, first, last));
        assertTrue(covered(api, tag, first, first));
        // and then the first month's too: no month is left
        assertEquals(201, api.post("api/v1/tonnage-logs/" + firstLog + "/corrections", "station-jj01",
                "{\"category\":\"RESIDUAL\",\"reason\":\"其实是其他垃圾\"}").status());
        assertFalse(covered(api, tag, first, last));
        // a weighing in the skipped month gives it evidence of its own
        kitchenWeighing(api, tag + "-P", skipped.atDay(20));
        assertTrue(covered(api, tag, skipped, skipped));
        assertTrue(covered(api, tag, first, last));
        assertFalse(covered(api, tag, first, first));
    }

    private static long kitchenWeighing(Api api, String point, LocalDate day) {
        var logged = api.post("api/v1/tonnage-logs", "station-jj01", "{\"pointCode\":\"" + point + "\",\"category\":\"KITCHEN\","
                + "\"weightKg\":80,\"weighedAt\":\"" + day + "T09:00:00+08:00\"}");
        assertEquals(201, logged.status(), logged::toString);
        return logged.json().getJsonNumber("id").longValue();
    }

    /** The community's coverage verdict for whole months, in its district's view and the city's. */
    private static boolean covered(Api api, String tag, YearMonth from, YearMonth to) {
        String range = "from=" + from.atDay(1) + "&to=" + to.atEndOfMonth();
        boolean district = verdict(api, "api/v1/indicators/coverage?scope=510104&" + range, tag + "-C").getBoolean("covered");
        boolean city = verdict(api, "api/v1/indicators/coverage?scope=CITY&" + range, tag + "-C").getBoolean("covered");
        assertEquals(district, city, "the district's and the city's verdict, " + range);
        return district;
    }

    static JsonObject verdict(Api api, String path, String community) {
        return api.get(path, "bureau").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("code").equals(community)).findFirst().orElseThrow();
    }
}
