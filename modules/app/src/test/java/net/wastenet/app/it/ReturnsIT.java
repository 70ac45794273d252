package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * District returns through the API: warnings block a submission until confirmed, a locked period
 * refuses records dated in it and answers its signed figures, a reopened and re-locked return keeps
 * both versions; completeness, drill-down and the downloads.
 */
@ExtendWith(ArquillianExtension.class)
class ReturnsIT {
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));
    /** A Jinjiang month before the demo's logs, which no other test writes in. */
    static final YearMonth QUIET = YearMonth.from(TODAY).minusMonths(4);
    static final YearMonth FIRST_DEMO_MONTH = YearMonth.from(TODAY).minusMonths(3);
    static final YearMonth LAST_MONTH = YearMonth.from(TODAY).minusMonths(1);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    static String at(LocalDate day, int hour) {
        return day + "T" + (hour < 10 ? "0" : "") + hour + ":00:00+08:00";
    }

    Api.Reply log(Api api, String point, LocalDate day, int kg) {
        return api.post("api/v1/tonnage-logs", "station-jj01", "{\"pointCode\":\"" + point + "\",\"category\":\"RESIDUAL\",\"weightKg\":" + kg
                + ",\"weighedAt\":\"" + at(day, 9) + "\"}");
    }

    Api.Reply act(Api api, String user, String period, String body) {
        return api.post("api/v1/returns/510104/" + period + "/transitions", user, body);
    }

    /** ... and a subscriber to return.locked is told of each lock, once, signed (issue 17). */
    @Test
    void aReturnIsSubmittedApprovedLockedThenLockedRecordsAnswer409UntilReopenedAndTheRelockKeepsBothVersions() throws Exception {
        Api api = new Api(url);
        try (var receiver = new WebhooksIT.Receiver(0)) {
            long subscriber = WebhooksIT.subscribe(api, receiver.url(), "return.locked");
            submitLockReopenRelock(api);
            String ref = "return/510104/" + QUIET;
            WebhooksIT.await(() -> receiver.about(java.util.Set.of(ref)).size() >= 2, 60, "both locks pushed");
            Thread.sleep(1000);
            var pushed = receiver.about(java.util.Set.of(ref));
            assertEquals(2, pushed.size(), pushed::toString);
            for (var event : pushed) {
                assertEquals("return.locked", event.json().getString("event"));
                assertEquals("bureau", event.json().getJsonObject("record").getString("lockedBy"), event::toString);
                assertEquals(WebhooksIT.hmac(WebhooksIT.SECRET, event.body()), event.signature());
            }
            WebhooksIT.unsubscribe(api, subscriber);
        }
    }

    private void submitLockReopenRelock(Api api) {
        String period = QUIET.toString();
        String range = "&from=" + QUIET.atDay(1) + "&to=" + QUIET.atEndOfMonth();
        // the test database may hold an earlier run's return for this month: start from a draft without open warnings
        var before = api.get("api/v1/returns/510104/" + period, "bureau").json();
        if (!before.getString("status").equals("DRAFT")) {
            assertEquals(200, act(api, "bureau", period, "{\"action\":\"REOPEN\",\"reason\":\"test run again\"}").status());
        }
        for (var w : api.get("api/v1/warnings?districtCode=510104&confirmed=false&size=1000" + range, "bureau").json().getJsonArray("items")) {
            api.post("api/v1/warnings/" + w.asJsonObject().getInt("id") + "/confirmation", "bureau", "{\"comment\":\"earlier run\"}");
        }
        int versionsBefore = before.getJsonArray("versions").size();
        String point = Deployments.uniqueTag();
        assertEquals(201, api.post("api/v1/points", "admin", "{\"code\":\"" + point + "\",\"name\":\"月报测试点\",\"kind\":\"SORTING_POINT\","
                + "\"districtCode\":\"510104\",\"latitude\":30.6,\"longitude\":104.1,\"acceptedCategories\":[\"RESIDUAL\"],"
                + "\"servedCommunities\":[],\"activeFrom\":\"" + QUIET.atDay(1) + "\"}").status());
        api.grantPoints("station-jj01", point);
        // two weeks of ordinary days, then a day ten times as heavy: a kept warning
        for (int d = 1; d <= 15; d++) {
            assertEquals(201, log(api, point, QUIET.atDay(d), 50).status());
        }
        var heavy = log(api, point, QUIET.atDay(20), 500);
        assertEquals(201, heavy.status(), "a warning never blocks an entry: " + heavy);
        var open = api.get("api/v1/warnings?districtCode=510104&confirmed=false" + range, "officer-jj", "en").json();
        JsonObject warning = open.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(w -> w.getString("recordRef").equals("point " + point + " " + QUIET.atDay(20))).findFirst().orElseThrow();
        assertEquals("POINT_DAY_UNUSUAL", warning.getString("kind"));
        assertTrue(warning.getString("message").contains("more than 3 times"), warning::toString);

        var blocked = act(api, "officer-jj", period, "{\"action\":\"SUBMIT\"}");
        assertEquals(409, blocked.status(), blocked::toString);
        assertEquals("DRAFT", api.get("api/v1/returns/510104/" + period, "officer-jj").json().getString("status"));

        String confirm = "api/v1/warnings/" + warning.getInt("id") + "/confirmation";
        assertEquals(400, api.post(confirm, "officer-jj", "{}").status());
        assertEquals(403, api.post(confirm, "station-jj01", "{\"comment\":\"x\"}").status());
        assertEquals(200, api.post(confirm, "officer-jj", "{\"comment\":\"社区活动，已核实 / community event, checked\"}").status());
        assertEquals(409, api.post(confirm, "bureau", "{\"comment\":\"again\"}").status());

        assertEquals(403, act(api, "bureau", period, "{\"action\":\"SUBMIT\"}").status());
        assertEquals(403, act(api, "officer-jj", period, "{\"action\":\"APPROVE\"}").status());
        assertEquals(400, act(api, "officer-jj", period, "{\"action\":\"SIGN\"}").status());
        var submitted = act(api, "officer-jj", period, "{\"action\":\"SUBMIT\"}");
        assertEquals(200, submitted.status(), submitted::toString);
        assertEquals("SUBMITTED", submitted.json().getString("status"));
        assertTrue(submitted.json().getBoolean("late"), "submitted months after the 5th: " + submitted);
        assertEquals(409, act(api, "bureau", period, "{\"action\":\"LOCK\"}").status());
        assertEquals(200, act(api, "bureau", period, "{\"action\":\"APPROVE\"}").status());
        var locked = act(api, "bureau", period, "{\"action\":\"LOCK\"}");
        assertEquals(200, locked.status(), locked::toString);
        JsonObject signed = locked.json().getJsonObject("signed");
        assertEquals(versionsBefore + 1, signed.getInt("version"));
        assertEquals("default-1", signed.getString("definitionSet"));

        // locked: the figures as signed; a new record or a correction dated in the period is refused and nothing is stored
        String indicators = "api/v1/indicators?scope=510104" + range;
        JsonObject answer = api.get(indicators, "officer-jj").json();
        assertEquals(versionsBefore + 1, answer.getJsonObject("signed").getInt("version"));
        assertEquals(signed.getJsonObject("figures").getJsonObject("resourceUtilisation"), answer.getJsonObject("resourceUtilisation"));
        var refused = log(api, point, QUIET.atDay(25), 70);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("weighedAt", refused.errorFields().get(0));
        long logId = heavy.json().getJsonNumber("id").longValue();
        var correction = api.post("api/v1/tonnage-logs/" + logId + "/corrections", "station-jj01",
                "{\"weightKg\":60,\"reason\":\"typo\"}");
        assertEquals(409, correction.status(), correction::toString);
        assertEquals(500, api.get("api/v1/tonnage-logs/" + logId, "station-jj01").json().getJsonNumber("weightKg").intValue());
        var imported = api.post("api/v1/tonnage-logs/import", "station-jj01", "text/csv", "pointCode,category,material,weightKg,weighedAt,clientKey\n"
                + point + ",RESIDUAL,,40," + at(QUIET.atDay(26), 9) + ",\n", null);
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(0, imported.json().getInt("accepted"));
        assertEquals("weighedAt", imported.json().getJsonArray("rejected").getJsonObject(0).getString("field"), "an imported row is refused too");
        assertEquals(201, log(api, point, QUIET.atEndOfMonth().plusDays(1), 50).status(), "the next month is open");
        // the 达标 figures are signed with the rest, and an inspection dated in the locked month is refused like a weighing
        assertTrue(signed.getJsonObject("figures").get("standardCommunities") instanceof JsonObject, signed::toString);
        assertEquals(signed.getJsonObject("figures").getJsonObject("standardCommunities"), answer.getJsonObject("standardCommunities"));
        String community = api.get("api/v1/communities?districtCode=510104&size=1", "bureau").json().getJsonArray("items")
                .getJsonObject(0).getString("code");
        var inspection = api.post("api/v1/inspections", "inspector-jj", "{\"communityCode\":\"" + community + "\",\"inspectedAt\":\""
                + at(QUIET.atDay(25), 10) + "\",\"scores\":[{\"itemCode\":\"BINS\",\"score\":20},{\"itemCode\":\"KITCHEN-PURITY\",\"score\":30},"
                + "{\"itemCode\":\"GUIDANCE\",\"score\":20},{\"itemCode\":\"RECORDS\",\"score\":15},{\"itemCode\":\"MIXED-COLLECTION\",\"score\":15}]}");
        assertEquals(409, inspection.status(), inspection::toString);
        assertEquals("inspectedAt", inspection.errorFields().get(0));

        assertEquals(400, act(api, "bureau", period, "{\"action\":\"REOPEN\"}").status());
        var reopened = act(api, "bureau", period, "{\"action\":\"REOPEN\",\"reason\":\"late entries of the 25th\"}");
        assertEquals(200, reopened.status(), reopened::toString);
        assertEquals("DRAFT", reopened.json().getString("status"));
        assertTrue(!reopened.json().containsKey("signed") || reopened.json().isNull("signed"));
        assertTrue(api.get(indicators, "officer-jj").json().isNull("signed"), "reopened: computed again");
        assertEquals(201, log(api, point, QUIET.atDay(25), 70).status());
        assertEquals(200, act(api, "officer-jj", period, "{\"action\":\"SUBMIT\"}").status());
        assertEquals(200, act(api, "bureau", period, "{\"action\":\"APPROVE\"}").status());
        var relocked = act(api, "bureau", period, "{\"action\":\"LOCK\"}").json();
        assertEquals(versionsBefore + 2, relocked.getJsonObject("signed").getInt("version"));
        var detail = api.get("api/v1/returns/510104/" + period, "bureau").json();
        assertEquals(versionsBefore + 2, detail.getJsonArray("versions").size(), "both versions are kept");
        assertTrue(detail.getJsonArray("versions").getJsonObject(versionsBefore).getJsonObject("figures").getJsonObject("resourceUtilisation")
                .equals(signed.getJsonObject("figures").getJsonObject("resourceUtilisation")));
        var history = detail.getJsonArray("history");
        List<String> actions = history.stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertEquals(List.of("SUBMIT", "APPROVE", "LOCK", "REOPEN", "SUBMIT", "APPROVE", "LOCK"), actions.subList(actions.size() - 7, actions.size()));
        JsonObject reopen = history.getJsonObject(history.size() - 4);
        assertEquals("late entries of the 25th", reopen.getString("reason"));
        assertEquals("bureau", reopen.getString("by"));
    }

    @Test
    void theReturnsOfAMonthListEveryDistrictWithItsDeadlineAndTheDemoLockedMonthAnswersItsSignedFigures() {
        Api api = new Api(url);
        var all = api.get("api/v1/returns?period=" + FIRST_DEMO_MONTH, "bureau");
        assertEquals(200, all.status(), all::toString);
        assertEquals(23, all.json().getInt("total"));
        JsonObject dayi = all.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("districtCode").equals("510129")).findFirst().orElseThrow();
        assertEquals("LOCKED", dayi.getString("status"));
        assertEquals(FIRST_DEMO_MONTH.plusMonths(1).atDay(5).toString(), dayi.getString("dueDate"));
        assertFalse(dayi.getBoolean("late"));
        var figures = api.get("api/v1/indicators?scope=510129&from=" + FIRST_DEMO_MONTH.atDay(1) + "&to=" + FIRST_DEMO_MONTH.atEndOfMonth(),
                "bureau").json();
        assertEquals(dayi.getJsonObject("signed").getJsonObject("figures").getJsonObject("coverage"), figures.getJsonObject("coverage"));
        assertNotNull(figures.getJsonObject("signed"));
        // a record dated in the locked month of 大邑 is refused, whoever sends it
        var receipt = api.post("api/v1/facilities/WX-INC01/receipts", "admin", "{\"date\":\"" + FIRST_DEMO_MONTH.atDay(10)
                + "\",\"category\":\"RESIDUAL\",\"sourceDistrictCode\":\"510129\",\"weightKg\":1000}");
        assertEquals(409, receipt.status(), receipt::toString);

        var jinjiang = api.get("api/v1/returns?period=" + LAST_MONTH, "officer-jj").json();
        assertEquals(1, jinjiang.getInt("total"), "an officer sees their own district");
        assertEquals(400, api.get("api/v1/returns?period=2026-13", "bureau").status());
        var quarter = api.get("api/v1/returns?period=" + TODAY.getYear() + "-Q1", "bureau").json().getJsonArray("items").getJsonObject(0);
        assertEquals(TODAY.getYear() + "-04-10", quarter.getString("dueDate"));
        assertEquals(403, api.get("api/v1/returns?period=" + LAST_MONTH, "station-jj01").status());
    }

    @Test
    void eachComponentDrillsDownToRecordsThatAddUpToIt() {
        Api api = new Api(url);
        String range = "&from=" + LAST_MONTH.atDay(1) + "&to=" + LAST_MONTH.atEndOfMonth();
        for (String scope : new String[] {"CITY", "510104"}) {
            var components = api.get("api/v1/indicators?scope=" + scope + range, "bureau").json()
                    .getJsonObject("resourceUtilisation").getJsonObject("components");
            String[][] parts = {{"R", "recoveredKg"}, {"I", "incineratedKg"}, {"K", "kitchenTreatedKg"}, {"L", "landfilledKg"}, {"C", "collectedKg"}};
            for (String[] part : parts) {
                BigDecimal sum = BigDecimal.ZERO;
                int page = 0;
                long total;
                do {
                    var reply = api.get("api/v1/indicators/components/" + part[0] + "?scope=" + scope + range + "&page=" + page + "&size=1000", "bureau");
                    assertEquals(200, reply.status(), reply::toString);
                    total = reply.json().getJsonNumber("total").longValue();
                    for (var item : reply.json().getJsonArray("items")) {
                        sum = sum.add(item.asJsonObject().getJsonNumber("countedKg").bigDecimalValue());
                    }
                    page++;
                } while (page * 1000L < total);
                BigDecimal figure = components.getJsonNumber(part[1]).bigDecimalValue();
                assertTrue(sum.subtract(figure).abs().compareTo(new BigDecimal("0.5")) <= 0,
                        scope + " " + part[0] + ": records add up to " + sum + ", the figure is " + figure);
            }
        }
        assertEquals(400, api.get("api/v1/indicators/components/X?scope=CITY" + range, "bureau").status());
        var badPlant = api.get("api/v1/indicators/components/I?scope=CITY" + range + "&facilityCode=WX%20INC01", "bureau");
        assertEquals(400, badPlant.status(), badPlant::toString);
        assertEquals(java.util.List.of("facilityCode"), badPlant.errorFields());
        assertEquals(403, api.get("api/v1/indicators/components/R?scope=510105" + range, "officer-jj").status());
    }

    @Test
    void theCompletenessBoardNamesPointsWithoutEntriesAndFacilitiesWithoutRecords() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        LocalDate start = TODAY.minusDays(6);
        assertEquals(201, api.post("api/v1/points", "admin", "{\"code\":\"" + tag + "\",\"name\":\"完整性测试点\",\"kind\":\"SORTING_POINT\","
                + "\"districtCode\":\"510104\",\"latitude\":30.6,\"longitude\":104.1,\"acceptedCategories\":[\"RESIDUAL\"],"
                + "\"servedCommunities\":[],\"activeFrom\":\"" + start + "\"}").status());
        api.grantPoints("station-jj01", tag);
        assertEquals(201, log(api, tag, start.plusDays(1), 40).status());
        String boardPath = "api/v1/completeness?districtCode=510104&from=" + start + "&to=" + TODAY.minusDays(1);
        var board = api.get(boardPath + "&size=1000", "officer-jj");
        assertEquals(200, board.status(), board::toString);
        var listed = board.json().getJsonArray("points").stream().map(JsonValue::asJsonObject).toList();
        int missing = board.json().getInt("missingPoints");
        assertEquals(missing, listed.size(), "every point with missing days fits on a page of 1,000 here");
        assertEquals(board.json().getInt("activePoints") - missing, board.json().getInt("completePoints"));
        for (int i = 1; i < listed.size(); i++) {
            assertTrue(listed.get(i - 1).getInt("daysLogged") <= listed.get(i).getInt("daysLogged"), "fewest days logged first");
        }
        // a page of one point is the same point at the same place, with the same count of them all
        var second = api.get(boardPath + "&page=1&size=1", "officer-jj").json();
        assertEquals(missing, second.getInt("missingPoints"));
        assertEquals(listed.get(1).getString("pointCode"), second.getJsonArray("points").getJsonObject(0).getString("pointCode"));
        assertEquals(listed.get(1).getJsonArray("daysWithoutEntries"), second.getJsonArray("points").getJsonObject(0).getJsonArray("daysWithoutEntries"));
        assertEquals(0, api.get(boardPath + "&page=1000&size=1000", "officer-jj").json().getJsonArray("points").size());
        JsonObject mine = listed.stream().filter(p -> p.getString("pointCode").equals(tag)).findFirst().orElseThrow();
        assertEquals(6, mine.getInt("activeDays"));
        assertEquals(1, mine.getInt("daysLogged"));
        assertFalse(mine.getJsonArray("daysWithoutEntries").stream().anyMatch(d -> d.toString().contains(start.plusDays(1).toString())));
        assertEquals(403, api.get("api/v1/completeness?districtCode=510105&from=" + start + "&to=" + TODAY, "officer-jj").status());
        assertEquals(400, api.get("api/v1/completeness?districtCode=510104&from=" + TODAY.minusDays(200) + "&to=" + TODAY, "officer-jj").status());
    }

    @Test
    void everyTableDownloadsAsCsvAndXlsxWithChineseOrEnglishHeaders() throws Exception {
        Api api = new Api(url);
        String range = "&from=" + LAST_MONTH.atDay(1) + "&to=" + LAST_MONTH.atEndOfMonth();
        var csv = api.download("api/v1/exports/ranking?format=csv&lang=zh" + range, "bureau");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.disposition().startsWith("attachment"), csv.disposition());
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF排名,区县代码,名称,资源化利用率"), text.substring(0, 40));
        assertEquals(24, text.strip().split("\r\n").length, "a header and 23 districts");

        var xlsx = api.download("api/v1/exports/indicators?format=xlsx&lang=en" + range, "bureau");
        assertEquals(200, xlsx.status());
        assertArrayEquals(new byte[] {'P', 'K'}, java.util.Arrays.copyOf(xlsx.bytes(), 2));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("Scope", rows.get(0).getCellText(0));
            assertEquals("Resource utilisation (%)", rows.get(0).getCellText(9));
            assertEquals("CITY", rows.get(1).getCellText(0));
            assertEquals(25, rows.size(), "header, the city, 23 districts");
            var city = api.get("api/v1/indicators?scope=CITY" + range, "bureau").json();
            assertEquals(city.getJsonObject("resourceUtilisation").getJsonNumber("rate").bigDecimalValue().doubleValue(),
                    rows.get(1).getCellAsNumber(9).orElseThrow().doubleValue(), 1e-9);
        }
        for (String table : new String[] {"trend", "completeness", "return"}) {
            for (String format : new String[] {"csv", "xlsx"}) {
                var d = api.download("api/v1/exports/" + table + "?format=" + format + "&scope=510104&districtCode=510104&period="
                        + LAST_MONTH + range, "officer-jj");
                assertEquals(200, d.status(), table + "." + format + ": " + new String(d.bytes(), StandardCharsets.UTF_8));
                assertTrue(d.bytes().length > 20);
            }
        }
        assertEquals(400, api.download("api/v1/exports/ranking?format=pdf" + range, "bureau").status());
        assertEquals(400, api.download("api/v1/exports/everything?format=csv" + range, "bureau").status());
        assertEquals(403, api.download("api/v1/exports/completeness?format=csv&districtCode=510105" + range, "officer-jj").status());
    }
}
