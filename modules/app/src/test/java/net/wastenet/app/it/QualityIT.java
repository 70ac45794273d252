package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The quality of sorting (issue 18) through the API alone, in Jinjiang (510104) with the demo's rubric CD-2026 (pass 80,
 * vetoes KITCHEN-PURITY and MIXED-COLLECTION) and inspector-jj: the double-random draw, scores and verdicts by the rubric
 * valid on the day, vetoes, rectifications and the 达标 status, photos. Each test makes its own communities.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QualityIT {
    static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    static final LocalDate TODAY = LocalDate.now(CITY);
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    /** A new Jinjiang community, in service for a year, so that no demo record touches it. */
    static String community(Api api, String code) {
        var reply = api.post("api/v1/communities", "admin", "{\"code\":\"" + code + "\",\"name\":\"测试小区\",\"districtCode\":\"510104\","
                + "\"households\":500,\"residents\":1200,\"activeFrom\":\"" + TODAY.minusYears(1) + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return code;
    }

    /**
     * A time of the day: the hour itself on a past day; today, the hour's share of the part of today that has passed
     * (hour 8 of 24 at 00:30 is 00:10), so that today's times are never in the future, also just after midnight, and
     * keep their order.
     */
    static String at(LocalDate day, int hour) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now(CITY);
        java.time.LocalDateTime t = day.atTime(hour, 0);
        if (day.equals(now.toLocalDate())) {
            long passed = java.time.Duration.between(day.atStartOfDay(), now).getSeconds();
            t = day.atStartOfDay().plusSeconds(passed * hour / 24);
        }
        return t.atOffset(CITY).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Scores of the five CD-2026 items. */
    static JsonArrayBuilder scores(int bins, int purity, int guidance, int records, int mixed) {
        var b = Json.createArrayBuilder();
        String[] items = {"BINS", "KITCHEN-PURITY", "GUIDANCE", "RECORDS", "MIXED-COLLECTION"};
        int[] s = {bins, purity, guidance, records, mixed};
        for (int i = 0; i < items.length; i++) {
            b.add(Json.createObjectBuilder().add("itemCode", items[i]).add("score", s[i]));
        }
        return b;
    }

    static String inspection(String community, String at, JsonArrayBuilder scores, List<String> vetoes, List<Long> photos, String key) {
        var b = Json.createObjectBuilder().add("communityCode", community).add("inspectedAt", at).add("scores", scores)
                .add("vetoes", Json.createArrayBuilder(vetoes)).add("photoIds", Json.createArrayBuilder(photos));
        if (key != null) {
            b.add("clientKey", key);
        }
        return b.build().toString();
    }

    /** Jinjiang's communities in service by a month's end: those a plan of the month draws from. */
    static int inService(Api api, YearMonth month) {
        return api.get("api/v1/communities/standard?scope=510104&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth(), "bureau").json()
                .getInt("total");
    }

    static JsonObject verdict(Api api, String community, LocalDate from, LocalDate to, String user) {
        var reply = api.get("api/v1/communities/standard?scope=510104&from=" + from + "&to=" + to, user);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("communityCode").equals(community)).findFirst().orElseThrow(() -> new AssertionError(community));
    }

    /**
     * First, before the other tests add communities: a kept answer rests on the directory's journal too, and a change of
     * the directory within the commit margin would recompute the answer whether or not the inspection noted its change.
     */
    @Test
    @Order(1)
    void theIndicatorAnswerCountsStandardCommunitiesAndAnInspectionIsNeverAnsweredFromAKeptAnswer() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        YearMonth last = YearMonth.from(TODAY).minusMonths(1);
        String period = "from=" + last.atDay(1) + "&to=" + last.atEndOfMonth();
        String q = "api/v1/indicators?scope=510104&" + period;
        JsonObject before = api.get(q, "officer-jj").json().getJsonObject("standardCommunities");
        assertEquals(before, api.get(q, "officer-jj").json().getJsonObject("standardCommunities"));
        var verdicts = api.get("api/v1/communities/standard?scope=510104&" + period, "officer-jj").json().getJsonArray("items");
        assertEquals(verdicts.size(), before.getInt("communities"));
        assertEquals(verdicts.stream().filter(v -> v.asJsonObject().get("standard") == JsonValue.TRUE).count(), before.getInt("count"));
        assertEquals(0, BigDecimal.valueOf(before.getInt("count") * 100L).divide(BigDecimal.valueOf(before.getInt("communities")), 2,
                java.math.RoundingMode.HALF_UP).compareTo(before.getJsonNumber("rate").bigDecimalValue()));
        String quiet = verdicts.stream().map(JsonValue::asJsonObject).filter(v -> v.getString("reason").equals("NOT_INSPECTED"))
                .map(v -> v.getString("communityCode")).findFirst().orElseThrow();
        var inspected = api.post("api/v1/inspections", "inspector-jj", inspection(quiet, at(last.atDay(20), 15),
                scores(20, 30, 20, 15, 15), List.of(), List.of(), tag + "-ind"));
        assertEquals(201, inspected.status(), inspected::toString);
        JsonObject after = api.get(q, "officer-jj").json().getJsonObject("standardCommunities");
        assertEquals(before.getInt("count") + 1, after.getInt("count"), after::toString);
        assertEquals(before.getInt("inspected") + 1, after.getInt("inspected"));
        assertEquals(before.getInt("communities"), after.getInt("communities"));
        // the ranking (every district at once) carries the same figures
        JsonObject jinjiang = api.get("api/v1/indicators/districts?" + period, "bureau").json().getJsonArray("districts").stream()
                .map(JsonValue::asJsonObject).filter(d -> d.getString("scope").equals("510104")).findFirst().orElseThrow();
        assertEquals(after, jinjiang.getJsonObject("standardCommunities"));
    }

    @Test
    void theDoubleRandomDrawIsReproducibleFromItsSeedAndNeverSendsAnInspectorToTheirOwnCommunity() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String home = community(api, tag + "-H");
        String served = community(api, tag + "-S");
        var enrolled = api.put("api/v1/inspectors/" + tag.toLowerCase() + "-insp", "bureau",
                "{\"districtCodes\":[\"510104\"],\"homeCommunityCode\":\"" + home + "\",\"servedCommunityCodes\":[\"" + served + "\"]}");
        assertEquals(200, enrolled.status(), enrolled::toString);
        var roster = api.get("api/v1/inspectors?districtCode=510104", "officer-jj").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(i -> i.getString("username"), i -> {
                    Set<String> own = new java.util.HashSet<>();
                    if (i.containsKey("homeCommunityCode")) {
                        own.add(i.getString("homeCommunityCode"));
                    }
                    i.getJsonArray("servedCommunityCodes").forEach(c -> own.add(((jakarta.json.JsonString) c).getString()));
                    return own;
                }));
        assertTrue(roster.containsKey(tag.toLowerCase() + "-insp") && roster.containsKey("inspector-jj"), roster::toString);
        // a month of the future: every community of the district drawn, so each own community is drawn too
        String month = "2031-" + String.format("%02d", 1 + Math.floorMod(tag.hashCode(), 12));
        int communities = inService(api, YearMonth.parse(month));
        String body = "{\"districtCode\":\"510104\",\"period\":\"" + month + "\",\"communities\":" + communities + ",\"seed\":424242}";
        var first = api.post("api/v1/inspection-plans", "officer-jj", body);
        assertEquals(201, first.status(), first::toString);
        JsonObject plan = first.json();
        assertEquals(424242, plan.getJsonNumber("seed").longValue());
        assertEquals(communities, plan.getJsonArray("communities").size());
        for (JsonValue v : plan.getJsonArray("assignments")) {
            JsonObject a = v.asJsonObject();
            assertFalse(roster.get(a.getString("inspector")).contains(a.getString("communityCode")),
                    "an inspector sent to a community they live in or serve: " + a);
        }
        assertTrue(plan.getJsonArray("communities").toString().contains(home), "the home community was drawn, to someone else");
        // drawn again with the same seed: the same plan; another seed: another plan
        var again = api.post("api/v1/inspection-plans", "bureau", body);
        assertEquals(200, again.status(), again::toString);
        assertEquals(plan.getJsonArray("assignments"), again.json().getJsonArray("assignments"));
        assertEquals(plan.getJsonNumber("id"), again.json().getJsonNumber("id"), "the month's one plan, drawn again");
        var other = api.post("api/v1/inspection-plans", "officer-jj", body.replace("424242", "424243"));
        assertEquals(200, other.status());
        assertNotEquals(plan.getJsonArray("assignments"), other.json().getJsonArray("assignments"));
        // redrawn under more seeds, each a reordering of the stored draw (once answered 500 from the persistence layer)
        for (int s = 424244; s < 424250; s++) {
            var redrawn = api.post("api/v1/inspection-plans", "officer-jj", body.replace("424242", String.valueOf(s)));
            assertEquals(200, redrawn.status(), redrawn::toString);
            assertEquals(communities, redrawn.json().getJsonArray("communities").size());
        }
        var back = api.post("api/v1/inspection-plans", "officer-jj", body);
        assertEquals(plan.getJsonArray("assignments"), back.json().getJsonArray("assignments"), "the seed kept with the plan draws it again");
        assertEquals(plan.getJsonArray("assignments"), api.get("api/v1/inspection-plans/" + plan.getJsonNumber("id"), "inspector-jj").json()
                .getJsonArray("assignments"));
        // refusals: too many communities names the field, another district is not the officer's, nothing drawn
        var tooMany = api.post("api/v1/inspection-plans", "officer-jj", body.replace("\"communities\":" + communities,
                "\"communities\":" + (communities + 1)).replace(month, "2032-01"));
        assertEquals(400, tooMany.status(), tooMany::toString);
        assertEquals(List.of("communities"), tooMany.errorFields());
        assertEquals(403, api.post("api/v1/inspection-plans", "officer-jj", body.replace("510104", "510105")).status());
        assertEquals(0, api.get("api/v1/inspection-plans?districtCode=510104&period=2032-01", "bureau").json().getInt("total"));
    }

    @Test
    void aPlannedInspectionIsMarkedAndStopsTheMonthsPlanFromBeingDrawnAgain() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        community(api, tag + "-A");
        YearMonth month = YearMonth.from(TODAY).minusMonths(2);
        int communities = inService(api, month);
        String body = "{\"districtCode\":\"510104\",\"period\":\"" + month + "\",\"communities\":" + communities + ",\"seed\":7}";
        var drawn = api.post("api/v1/inspection-plans", "bureau", body);
        assertTrue(drawn.status() == 201 || drawn.status() == 200, drawn::toString);
        JsonObject mine = drawn.json().getJsonArray("assignments").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("inspector").equals("inspector-jj")).findFirst().orElseThrow();
        JsonObject notMine = drawn.json().getJsonArray("assignments").stream().map(JsonValue::asJsonObject)
                .filter(a -> !a.getString("inspector").equals("inspector-jj")).findFirst().orElseThrow();
        var planned = api.post("api/v1/inspections", "inspector-jj", inspection(mine.getString("communityCode"), at(month.atDay(10), 9),
                scores(20, 30, 20, 15, 15), List.of(), List.of(), tag + "-planned"));
        assertEquals(201, planned.status(), planned::toString);
        assertTrue(planned.json().getBoolean("planned"));
        var unplanned = api.post("api/v1/inspections", "inspector-jj", inspection(notMine.getString("communityCode"),
                at(month.atDay(11), 9), scores(20, 30, 20, 15, 15), List.of(), List.of(), tag + "-unplanned"));
        assertEquals(201, unplanned.status(), unplanned::toString);
        assertFalse(unplanned.json().getBoolean("planned"), "another inspector's community: outside the plan, allowed and marked");
        var refused = api.post("api/v1/inspection-plans", "bureau", body.replace("\"seed\":7", "\"seed\":8"));
        assertEquals(409, refused.status(), refused::toString);
        assertEquals(List.of("period"), refused.errorFields());
        assertTrue(api.get("api/v1/inspection-plans/" + drawn.json().getJsonNumber("id"), "bureau").json().getBoolean("started"));
    }

    @Test
    void theScoreAndVerdictFollowTheRubricValidOnTheInspectionsDayALaterVersionChangesNothing() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String c = community(api, tag + "-R");
        // 82 points: passes CD-2026 (80)
        var before = api.post("api/v1/inspections", "inspector-jj", inspection(c, at(TODAY.minusDays(9), 10),
                scores(17, 25, 16, 12, 12), List.of(), List.of(), tag + "-1"));
        assertEquals(201, before.status(), before::toString);
        assertEquals("CD-2026", before.json().getString("rubricCode"));
        assertEquals(0, new BigDecimal("82").compareTo(before.json().getJsonNumber("totalScore").bigDecimalValue()));
        assertTrue(before.json().getBoolean("passed"));
        // a stricter version (same items, pass 90) from a week ago
        String strict = """
                {"code":"%s-STRICT","name":"严格版","validFrom":"%s","passScore":90,"items":[
                 {"code":"BINS","name":"容器","maxScore":20},{"code":"KITCHEN-PURITY","name":"厨余纯净度","maxScore":30,"veto":true},
                 {"code":"GUIDANCE","name":"督导","maxScore":20},{"code":"RECORDS","name":"台账","maxScore":15},
                 {"code":"MIXED-COLLECTION","name":"混收混运","maxScore":15,"veto":true}]}""".formatted(tag, TODAY.minusDays(7));
        assertEquals(403, api.post("api/v1/inspection-rubrics", "officer-jj", strict).status());
        var added = api.post("api/v1/inspection-rubrics", "bureau", strict);
        assertEquals(201, added.status(), added::toString);
        assertEquals(409, api.post("api/v1/inspection-rubrics", "bureau", strict).status(), "the code exists");
        // the same scores after it: failed under the version of their day
        var after = api.post("api/v1/inspections", "inspector-jj", inspection(c, at(TODAY.minusDays(6), 10),
                scores(17, 25, 16, 12, 12), List.of(), List.of(), tag + "-2"));
        assertEquals(201, after.status(), after::toString);
        assertEquals(tag + "-STRICT", after.json().getString("rubricCode"));
        assertFalse(after.json().getBoolean("passed"));
        // the earlier inspection keeps its rubric, score and verdict
        JsonObject stored = api.get("api/v1/inspections/" + before.json().getJsonNumber("id"), "officer-jj").json();
        assertEquals("CD-2026", stored.getString("rubricCode"));
        assertTrue(stored.getBoolean("passed"));
        assertEquals(tag + "-STRICT", api.get("api/v1/inspection-rubrics?on=" + TODAY.minusDays(7), "inspector-jj").json()
                .getJsonArray("items").getJsonObject(0).getString("code"));
        assertEquals("CD-2026", api.get("api/v1/inspection-rubrics?on=" + TODAY.minusDays(8), "inspector-jj").json()
                .getJsonArray("items").getJsonObject(0).getString("code"));
        // an item above its maximum names the field and stores nothing
        var bad = api.post("api/v1/inspections", "inspector-jj", inspection(c, at(TODAY, 8), scores(21, 25, 16, 12, 12), List.of(),
                List.of(), tag + "-3"));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("scores[0].score"), bad.errorFields());
        assertEquals(2, api.get("api/v1/inspections?communityCode=" + c, "bureau").json().getInt("total"));
    }

    @Test
    void aVetoFailsTheCommunityWhateverItsScoreAndARetryIsStoredOnce() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String c = community(api, tag + "-V");
        String body = inspection(c, at(TODAY, 8), scores(20, 30, 20, 15, 15), List.of("MIXED-COLLECTION"), List.of(), tag + "-v");
        var vetoed = api.post("api/v1/inspections", "inspector-jj", body);
        assertEquals(201, vetoed.status(), vetoed::toString);
        assertEquals(0, new BigDecimal("100").compareTo(vetoed.json().getJsonNumber("totalScore").bigDecimalValue()));
        assertFalse(vetoed.json().getBoolean("passed"), "a full score, and a veto");
        long rectification = vetoed.json().getJsonNumber("rectificationId").longValue();
        var retry = api.post("api/v1/inspections", "inspector-jj", body);
        assertEquals(200, retry.status(), retry::toString);
        assertEquals(vetoed.json().getJsonNumber("id"), retry.json().getJsonNumber("id"));
        assertEquals(409, api.post("api/v1/inspections", "inspector-jj", body.replace("\"MIXED-COLLECTION\"]", "]")).status(),
                "the same key with another body");
        assertEquals(1, api.get("api/v1/inspections?communityCode=" + c, "inspector-jj").json().getInt("total"), "stored once");
        JsonObject v = verdict(api, c, TODAY.withDayOfMonth(1), TODAY, "officer-jj");
        assertEquals(JsonValue.FALSE, v.get("standard"));
        assertEquals("VETO", v.getString("reason"));
        JsonObject r = api.get("api/v1/rectifications/" + rectification, "officer-jj").json();
        assertEquals("OPEN", r.getString("status"));
        assertEquals(TODAY.plusDays(7).toString(), r.getString("dueDate"));
        // a veto item that is no veto names the field
        var notAVeto = api.post("api/v1/inspections", "inspector-jj", inspection(c, at(TODAY, 9), scores(20, 30, 20, 15, 15),
                List.of("BINS"), List.of(), null));
        assertEquals(400, notAVeto.status());
        assertEquals(List.of("vetoes[0]"), notAVeto.errorFields());
    }

    /** The completeness board's overdue rectifications of Jinjiang as of the board's last day, by id. */
    static Map<Long, JsonObject> overdueOnBoard(Api api, LocalDate from, LocalDate to) {
        var board = api.get("api/v1/completeness?districtCode=510104&from=" + from + "&to=" + to + "&size=1", "officer-jj");
        assertEquals(200, board.status(), board::toString);
        return board.json().getJsonArray("overdueRectifications").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getJsonNumber("rectificationId").longValue(), o -> o));
    }

    /** Jinjiang's RECTIFICATION_OVERDUE warning of a rectification, if any (confirmed or not). */
    static java.util.Optional<JsonObject> overdueWarning(Api api, long rectification, LocalDate from, LocalDate to) {
        var reply = api.get("api/v1/warnings?districtCode=510104&kind=RECTIFICATION_OVERDUE&size=1000&from=" + from + "&to=" + to, "officer-jj");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(w -> w.getString("recordRef").equals("rectification " + rectification)).findFirst();
    }

    /**
     * A failed inspection entered twelve days late opens a rectification already overdue (due five days ago): it is on the
     * district's completeness board and a warning at once; the passing re-inspection that closes it takes it off the board
     * of today and confirms the warning, while the board of a period ending before the closing still shows it.
     */
    @Test
    void anOverdueRectificationIsOnTheCompletenessBoardAndAWarningUntilAReinspectionClosesIt() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String c = community(api, tag + "-W");
        LocalDate from = TODAY.minusDays(20);
        var failed = api.post("api/v1/inspections", "inspector-jj", inspection(c, at(TODAY.minusDays(12), 10),
                scores(10, 20, 10, 10, 15), List.of(), List.of(), tag + "-f"));
        assertEquals(201, failed.status(), failed::toString);
        long id = failed.json().getJsonNumber("rectificationId").longValue();
        LocalDate due = TODAY.minusDays(5);

        JsonObject listed = overdueOnBoard(api, from, TODAY).get(id);
        assertTrue(listed != null, "on the board of a period running to today");
        assertEquals(c, listed.getString("communityCode"));
        assertEquals(due.toString(), listed.getString("dueDate"));
        assertEquals("OPEN", listed.getString("status"));
        assertEquals(5, listed.getInt("daysOverdue"));
        assertFalse(overdueOnBoard(api, from, due).containsKey(id), "not overdue on its due date itself");
        var csv = api.download("api/v1/exports/completeness?format=csv&lang=en&districtCode=510104&from=" + from + "&to=" + TODAY, "officer-jj");
        assertEquals(200, csv.status());
        assertTrue(new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("overdue rectification," + c + ",rectification " + id
                + "," + due), "the completeness export lists it too");

        JsonObject warning = overdueWarning(api, id, from, TODAY).orElseThrow(() -> new AssertionError("no warning for rectification " + id));
        assertFalse(warning.getBoolean("confirmed"));
        assertEquals(due.plusDays(1).toString(), warning.getString("day"), "dated on its first overdue day");
        assertTrue(warning.getString("message").contains(c), warning::toString);
        assertEquals(403, api.get("api/v1/warnings?districtCode=510104&kind=RECTIFICATION_OVERDUE", "inspector-jj").status());

        // the passing re-inspection (yesterday; full marks pass any version of the rubric) closes it
        var passed = api.post("api/v1/inspections", "inspector-jj", inspection(c, at(TODAY.minusDays(1), 10), scores(20, 30, 20, 15, 15),
                List.of(), List.of(), tag + "-p"));
        assertEquals(201, passed.status(), passed::toString);
        assertEquals("CLOSED", api.get("api/v1/rectifications/" + id, "officer-jj").json().getString("status"));
        assertFalse(overdueOnBoard(api, from, TODAY).containsKey(id), "off the board once closed");
        assertTrue(overdueOnBoard(api, from, TODAY.minusDays(2)).containsKey(id), "still on the board of a period that ended before");
        JsonObject closedWarning = overdueWarning(api, id, from, TODAY).orElseThrow();
        assertTrue(closedWarning.getBoolean("confirmed"), closedWarning::toString);
        assertEquals("inspector-jj", closedWarning.getString("confirmedBy"));
        assertTrue(closedWarning.getString("comment").contains(String.valueOf(passed.json().getJsonNumber("id").longValue())), closedWarning::toString);
        assertTrue(api.get("api/v1/warnings?districtCode=510104&kind=RECTIFICATION_OVERDUE&confirmed=false&size=1000&from=" + from + "&to=" + TODAY,
                "officer-jj").json().getJsonArray("items").stream()
                .noneMatch(w -> w.asJsonObject().getString("recordRef").equals("rectification " + id)), "no longer among the open warnings");
        var trail = api.get("api/v1/audit?recordType=warning&recordRef=" + closedWarning.getJsonNumber("id"), "bureau");
        assertEquals(200, trail.status(), trail::toString);
        assertEquals("CLOSE", trail.json().getJsonArray("items").getJsonObject(0).getString("action"), trail::toString);
    }

    /**
     * The demo inspected every district last month, and the indicator export carries each scope's 达标 figures
     * (standardCommunities: count, inspected, communities, rate) exactly as the indicator answer does.
     */
    @Test
    void theDemoInspectedEveryDistrictAndTheIndicatorExportCarriesTheStandardFiguresOfTheAnswer() {
        Api api = new Api(url);
        YearMonth last = YearMonth.from(TODAY).minusMonths(1);
        String period = "from=" + last.atDay(1) + "&to=" + last.atEndOfMonth();
        var districts = api.get("api/v1/indicators/districts?" + period, "bureau").json().getJsonArray("districts").stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(d -> d.getString("scope"), d -> d.getJsonObject("standardCommunities")));
        assertEquals(23, districts.size(), districts::toString);
        districts.forEach((scope, sc) -> assertTrue(sc.getInt("inspected") > 0, "district " + scope + " inspected last month: " + sc));
        JsonObject city = api.get("api/v1/indicators?scope=CITY&" + period, "bureau").json().getJsonObject("standardCommunities");
        assertTrue(city.getInt("count") < city.getInt("inspected"), "not every inspected community is standard: " + city);

        var csv = api.download("api/v1/exports/indicators?format=csv&lang=en&" + period, "bureau");
        assertEquals(200, csv.status());
        List<List<String>> rows = java.util.Arrays.stream(new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "")
                .strip().split("\r\n")).map(line -> List.of(line.split(",", -1))).toList();
        List<String> headers = rows.get(0);
        int count = headers.indexOf("Standard communities");
        int inspected = headers.indexOf("Inspected communities");
        int communities = headers.indexOf("Communities in quality scope");
        int rate = headers.indexOf("Standard community rate (%)");
        assertTrue(count > 0 && inspected > 0 && communities > 0 && rate > 0, headers::toString);
        assertEquals(headers.size(), rows.get(1).size(), "no comma inside a value: " + rows.get(1));
        assertEquals(25, rows.size(), "a header, the city, 23 districts");
        for (List<String> row : rows.subList(1, rows.size())) {
            JsonObject expected = row.get(0).equals("CITY") ? city : districts.get(row.get(0));
            assertTrue(expected != null, row::toString);
            assertEquals(String.valueOf(expected.getInt("count")), row.get(count), row.get(0));
            assertEquals(String.valueOf(expected.getInt("inspected")), row.get(inspected), row.get(0));
            assertEquals(String.valueOf(expected.getInt("communities")), row.get(communities), row.get(0));
            if (expected.isNull("rate")) {
                assertEquals("", row.get(rate), row.get(0));
            } else {
                assertEquals(0, expected.getJsonNumber("rate").bigDecimalValue().compareTo(new BigDecimal(row.get(rate))), row.get(0));
            }
        }
    }

    @Test
    void anOverdueRectificationRemovesTheStandardUntilAPassingReinspectionClosesIt() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String c = community(api, tag + "-O");
        var failed = api.post("api/v1/inspections", "inspector-jj", inspection(c, at(TODAY.minusDays(12), 9),
                scores(10, 20, 10, 10, 15), List.of(), List.of(), tag + "-f"));
        assertEquals(201, failed.status(), failed::toString);
        assertFalse(failed.json().getBoolean("passed"));
        long id = failed.json().getJsonNumber("rectificationId").longValue();
        // due 7 days after: overdue now
        JsonObject r = api.get("api/v1/rectifications/" + id, "inspector-jj").json();
        assertEquals(TODAY.minusDays(5).toString(), r.getString("dueDate"));
        assertTrue(r.getBoolean("overdue"), r::toString);
        assertTrue(api.get("api/v1/rectifications?districtCode=510104&overdue=true&size=1000", "officer-jj").json().getJsonArray("items")
                .stream().anyMatch(x -> x.asJsonObject().getJsonNumber("id").longValue() == id));
        // a period after the failure, without inspection: not standard because of the overdue rectification (not unknown)
        JsonObject overdue = verdict(api, c, TODAY.minusDays(11), TODAY, "bureau");
        assertEquals(JsonValue.FALSE, overdue.get("standard"), overdue::toString);
        assertEquals("OVERDUE_RECTIFICATION", overdue.getString("reason"));
        assertEquals(0, overdue.getInt("inspections"));
        // the officer's completion, late: still overdue until the re-inspection
        assertEquals(403, api.post("api/v1/rectifications/" + id + "/completion", "inspector-jj", "{\"comment\":\"done\"}").status());
        var completed = api.post("api/v1/rectifications/" + id + "/completion", "officer-jj", "{\"comment\":\"已整改\",\"photoIds\":[]}");
        assertEquals(200, completed.status(), completed::toString);
        assertEquals("COMPLETED", completed.json().getString("status"));
        assertEquals(409, api.post("api/v1/rectifications/" + id + "/completion", "officer-jj", "{\"comment\":\"again\"}").status());
        assertEquals("OVERDUE_RECTIFICATION", verdict(api, c, TODAY.minusDays(11), TODAY, "bureau").getString("reason"));
        var passed = api.post("api/v1/inspections", "inspector-jj", inspection(c, at(TODAY, 7), scores(20, 30, 20, 15, 15),
                List.of(), List.of(), tag + "-p"));
        assertEquals(201, passed.status(), passed::toString);
        assertEquals(id, passed.json().getJsonNumber("rectificationId").longValue(), "the re-inspection closed it");
        JsonObject closed = api.get("api/v1/rectifications/" + id, "officer-jj").json();
        assertEquals("CLOSED", closed.getString("status"));
        assertFalse(closed.getBoolean("overdue"));
        JsonObject standard = verdict(api, c, TODAY.minusDays(11), TODAY, "officer-jj");
        assertEquals(JsonValue.TRUE, standard.get("standard"), standard::toString);
        assertEquals("PASSED", standard.getString("reason"));
        // not inspected and nothing overdue: unknown, not "not standard"
        String quiet = community(api, tag + "-Q");
        JsonObject unknown = verdict(api, quiet, TODAY.minusDays(11), TODAY, "inspector-jj");
        assertEquals(JsonValue.NULL, unknown.get("standard"));
        assertEquals("NOT_INSPECTED", unknown.getString("reason"));
    }

    @Test
    void anInspectorOutsideTheirDistrictsIsRefusedAndStoresNothing() {
        Api api = new Api(url);
        String qingyang = api.get("api/v1/communities?districtCode=510105&size=1", "bureau").json().getJsonArray("items")
                .getJsonObject(0).getString("code");
        // the demo may have inspected it last month: nothing more is stored
        int before = api.get("api/v1/inspections?communityCode=" + qingyang, "bureau").json().getInt("total");
        var refused = api.post("api/v1/inspections", "inspector-jj", inspection(qingyang, at(TODAY, 8), scores(20, 30, 20, 15, 15),
                List.of(), List.of(), null));
        assertEquals(403, refused.status(), refused::toString);
        assertEquals(List.of("communityCode"), refused.errorFields());
        assertEquals(before, api.get("api/v1/inspections?communityCode=" + qingyang, "bureau").json().getInt("total"));
        assertEquals(403, api.get("api/v1/inspections?districtCode=510105", "inspector-jj").status());
        assertEquals(403, api.get("api/v1/communities/standard?scope=510105&from=" + TODAY + "&to=" + TODAY, "inspector-jj").status());
        assertEquals(403, api.get("api/v1/tonnage-logs?districtCode=510104", "inspector-jj").status(),
                "an inspector reads the district's quality, not its weighings");
        assertEquals(404, api.post("api/v1/inspections", "inspector-jj", inspection("NO-SUCH", at(TODAY, 8), scores(20, 30, 20, 15, 15),
                List.of(), List.of(), null)).status());
    }

    @Test
    void aPhotoIsKeptWithItsSha256AndServedOnlyToThoseWhoMayReadTheInspectionThatUsesIt() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        byte[] png = PNG.clone();
        byte[] unique = (tag + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        png = java.util.Arrays.copyOf(png, png.length + unique.length); // bytes after IEND: still a PNG, another SHA-256
        System.arraycopy(unique, 0, png, PNG.length, unique.length);
        var up = api.postBytes("api/v1/photos", "inspector-jj", "image/png", png);
        assertEquals(201, up.status(), up::toString);
        long id = up.json().getJsonNumber("id").longValue();
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)), up.json().getString("sha256"));
        assertEquals("image/png", up.json().getString("contentType"));
        assertEquals(png.length, up.json().getInt("sizeBytes"));
        var same = api.postBytes("api/v1/photos", "inspector-jj", "image/png", png);
        assertEquals(200, same.status(), "the same image again: stored once");
        assertEquals(id, same.json().getJsonNumber("id").longValue());
        // unattached: its uploader's alone
        var mine = api.download("api/v1/photos/" + id, "inspector-jj");
        assertEquals(200, mine.status());
        assertEquals("image/png", mine.contentType());
        assertArrayEquals(png, mine.bytes());
        assertEquals(403, api.get("api/v1/photos/" + id, "officer-jj").status());
        assertEquals(403, api.get("api/v1/photos/" + id, "bureau").status());
        // someone else's photo cannot be attached
        var officers = api.postBytes("api/v1/photos", "officer-jj", "image/png", png);
        assertEquals(201, officers.status(), "the same image from another user is their own photo");
        String c = community(api, tag + "-P");
        var notYours = api.post("api/v1/inspections", "inspector-jj", inspection(c, at(TODAY, 9), scores(20, 30, 20, 15, 15), List.of(),
                List.of(officers.json().getJsonNumber("id").longValue()), null));
        assertEquals(403, notYours.status(), notYours::toString);
        assertEquals(List.of("photoIds[0]"), notYours.errorFields());
        // attached to a Jinjiang inspection: the district's readers see it, others do not
        var inspected = api.post("api/v1/inspections", "inspector-jj", inspection(c, at(TODAY, 9), scores(20, 30, 20, 15, 15), List.of(),
                List.of(id), tag + "-photo"));
        assertEquals(201, inspected.status(), inspected::toString);
        assertEquals(200, api.download("api/v1/photos/" + id, "officer-jj").status());
        assertEquals(200, api.download("api/v1/photos/" + id, "bureau").status());
        assertEquals(403, api.get("api/v1/photos/" + id, "station-jj01").status());
        assertEquals(404, api.get("api/v1/photos/999999999", "inspector-jj").status());
    }

    @Test
    void aPhotoOverTheLimitOrNotAnImageIsRefusedAndNothingIsStored() {
        Api api = new Api(url);
        String trail = "api/v1/audit?recordType=photo&user=inspector-jj&size=1000";
        int before = api.get(trail, "bureau").json().getJsonArray("items").size();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        var tooLarge = api.postBytes("api/v1/photos", "inspector-jj", "image/png", big);
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertTrue(tooLarge.isProblem());
        var text = api.postBytes("api/v1/photos", "inspector-jj", "text/plain", "not an image".getBytes());
        assertEquals(415, text.status(), text::toString);
        assertTrue(text.isProblem());
        var gif = api.postBytes("api/v1/photos", "inspector-jj", "image/png", "GIF89a\u0001\u0000\u0001\u0000".getBytes());
        assertEquals(415, gif.status(), gif::toString);
        assertEquals(List.of("body"), gif.errorFields());
        var pngAsJpeg = api.postBytes("api/v1/photos", "inspector-jj", "image/jpeg", PNG);
        assertEquals(415, pngAsJpeg.status(), pngAsJpeg::toString);
        assertEquals(403, api.postBytes("api/v1/photos", "station-jj01", "image/png", PNG).status());
        assertEquals(before, api.get(trail, "bureau").json().getJsonArray("items").size(), "no photo stored");
    }

    @Test
    void theDemoHasTheRubricAPlanInspectionsAndTheInspectorsScope() {
        Api api = new Api(url);
        JsonObject rubric = api.get("api/v1/inspection-rubrics/CD-2026", "station-jj01").json();
        assertEquals(80, rubric.getJsonNumber("passScore").intValue());
        assertEquals(2, rubric.getJsonArray("items").stream().filter(i -> i.asJsonObject().getBoolean("veto")).count());
        JsonObject me = api.get("api/v1/me", "inspector-jj").json();
        assertEquals("[\"INSPECTOR\"]", me.getJsonArray("roles").toString());
        assertEquals("[\"510104\"]", me.getJsonObject("scope").getJsonArray("districts").toString());
        String lastMonth = YearMonth.from(TODAY).minusMonths(1).toString();
        JsonObject plans = api.get("api/v1/inspection-plans?districtCode=510104&period=" + lastMonth, "inspector-jj").json();
        assertEquals(1, plans.getInt("total"), plans::toString);
        assertTrue(plans.getJsonArray("items").getJsonObject(0).getBoolean("started"));
        var standard = api.get("api/v1/communities/standard?scope=510104&from=" + lastMonth + "-01&to="
                + YearMonth.from(TODAY).minusMonths(1).atEndOfMonth(), "officer-jj").json().getJsonArray("items");
        Map<String, Long> reasons = standard.stream().map(v -> v.asJsonObject().getString("reason"))
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        assertTrue(reasons.containsKey("PASSED") && reasons.containsKey("BELOW_PASS_SCORE") && reasons.containsKey("NOT_INSPECTED"),
                reasons::toString);
        OffsetDateTime.now(CITY).truncatedTo(ChronoUnit.SECONDS);
    }
}
