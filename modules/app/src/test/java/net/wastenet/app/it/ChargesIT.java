package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Charges and compensation through the API (issue 19, items 1 and 2), with expectations worked out by hand: a producer
 * above its quota charged each tier on exactly its kilograms, a mid-month tariff pricing each day at the version valid
 * that day, compensation equal pair by pair to the indicators' drill-down × the rate, a district that sends nothing
 * owing nothing, a lock freezing the statements and compensation and a relock keeping both versions.
 *
 * <p>Every day used has fully passed in Chengdu, whatever the hour: the quiet month is five months back (before the demo's
 * history, which no other test writes in for Jinjiang), the demo month is last month.
 */
@ExtendWith(ArquillianExtension.class)
class ChargesIT {
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));
    /** A Jinjiang month before the demo's records, which no other test writes or locks. */
    static final YearMonth QUIET = YearMonth.from(TODAY).minusMonths(5);
    static final YearMonth LAST_MONTH = YearMonth.from(TODAY).minusMonths(1);
    static final String JINJIANG = "510104";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    static BigDecimal dec(String v) {
        return new BigDecimal(v);
    }

    static String at(LocalDate day, int hour) {
        return day + "T" + (hour < 10 ? "0" : "") + hour + ":00:00+08:00";
    }

    static String tariff(String code, LocalDate from, int base, int first, int second) {
        return "{\"code\":\"" + code + "\",\"validFrom\":\"" + from + "\",\"producerClass\":\"NON_RESIDENTIAL\",\"category\":\"KITCHEN\","
                + "\"basis\":\"PER_TONNE\",\"priceYuan\":" + base + ",\"quotaKgPerMonth\":1000,\"tiers\":[{\"aboveKg\":0,\"priceYuan\":" + first
                + "},{\"aboveKg\":500,\"priceYuan\":" + second + "}],\"clientKey\":\"" + code + "\"}";
    }

    Api.Reply act(Api api, String user, String body) {
        return api.post("api/v1/returns/" + JINJIANG + "/" + QUIET + "/transitions", user, body);
    }

    /** Confirms the month's open warnings, then SUBMIT (officer), APPROVE and LOCK (bureau). */
    void lock(Api api) {
        String range = "&from=" + QUIET.atDay(1) + "&to=" + QUIET.atEndOfMonth();
        for (var w : api.get("api/v1/warnings?districtCode=" + JINJIANG + "&confirmed=false&size=1000" + range, "bureau").json().getJsonArray("items")) {
            api.post("api/v1/warnings/" + w.asJsonObject().getInt("id") + "/confirmation", "bureau", "{\"comment\":\"charges test\"}");
        }
        for (String[] step : new String[][] {{"officer-jj", "SUBMIT"}, {"bureau", "APPROVE"}, {"bureau", "LOCK"}}) {
            var r = act(api, step[0], "{\"action\":\"" + step[1] + "\"}");
            assertEquals(200, r.status(), step[1] + ": " + r);
        }
    }

    static List<JsonObject> lines(JsonObject statement) {
        return statement.getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
    }

    static BigDecimal number(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    /**
     * A producer of Jinjiang with a 1,000 kg quota: 300 a tonne within it, 450 from the quota, 600 from 500 kg above it
     * (version A, from the 1st); from the 16th version B: 320, 480, 640. Pickups: 400 kg on the 3rd, 500 on the 10th, 300 on
     * the 15th (1,200 kg at A: 1,000 base, 200 first tier), 400 on the 20th (B: 300 first tier to 1,500 kg, 100 second),
     * 250.555 on the 25th (B: second tier).
     * A tier 0: 1,000 × 300 = 300.00; A tier 1: 200 × 450 = 90.00; B tier 1: 300 × 480 = 144.00;
     * B tier 2: 350.555 × 640 ÷ 1000 = 224.3552 → 224.36 (half up on the line). Total 758.36.
     */
    @Test
    void aProducerIsChargedEachTierOnItsKilogramsEachDayAtItsTariffAndTheLockFreezesItTwice() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String period = QUIET.toString();
        // an earlier run may have left the month locked
        var before = api.get("api/v1/returns/" + JINJIANG + "/" + period, "bureau").json();
        if (!before.getString("status").equals("DRAFT")) {
            assertEquals(200, act(api, "bureau", "{\"action\":\"REOPEN\",\"reason\":\"charges test run again\"}").status());
        }
        String producer = tag + "-F";
        assertEquals(201, api.post("api/v1/kitchen-waste/producers", "admin", "{\"code\":\"" + producer + "\",\"name\":\"计量收费测试餐馆\","
                + "\"kind\":\"RESTAURANT\",\"districtCode\":\"" + JINJIANG + "\",\"activeFrom\":\"" + QUIET.atDay(1) + "\"}").status());
        String plate = tag + "-V";
        assertEquals(201, api.post("api/v1/vehicles", "admin", "{\"code\":\"" + plate + "\",\"haulerCode\":\"H01\",\"capacityKg\":5000}").status());

        // the tariffs: refused when malformed or not the bureau's, replayed by key, then the two versions
        var bad = api.post("api/v1/tariffs", "bureau", "{\"code\":\"" + tag + "-X\",\"validFrom\":\"" + QUIET.atDay(1) + "\",\"producerClass\":"
                + "\"NON_RESIDENTIAL\",\"category\":\"KITCHEN\",\"basis\":\"PER_TONNE\",\"priceYuan\":300,\"quotaKgPerMonth\":1000,"
                + "\"tiers\":[{\"aboveKg\":0,\"priceYuan\":450},{\"aboveKg\":500,\"priceYuan\":400}]}");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("tiers[1].priceYuan"), bad.errorFields());
        assertEquals(403, api.post("api/v1/tariffs", "officer-jj", tariff(tag + "-A", QUIET.atDay(1), 300, 450, 600)).status());
        var a = api.post("api/v1/tariffs", "bureau", tariff(tag + "-A", QUIET.atDay(1), 300, 450, 600));
        assertEquals(201, a.status(), a::toString);
        assertEquals(200, api.post("api/v1/tariffs", "bureau", tariff(tag + "-A", QUIET.atDay(1), 300, 450, 600)).status(), "a replay");
        assertEquals(409, api.post("api/v1/tariffs", "bureau", tariff(tag + "-A", QUIET.atDay(2), 300, 450, 600)).status(), "the key, another body");
        assertEquals(201, api.post("api/v1/tariffs", "bureau", tariff(tag + "-B", QUIET.atDay(16), 320, 480, 640)).status());

        Object[][] pickups = {{3, "400"}, {10, "500"}, {15, "300"}, {20, "400"}, {25, "250.555"}};
        for (Object[] p : pickups) {
            LocalDate day = QUIET.atDay((Integer) p[0]);
            var m = api.post("api/v1/kitchen-waste/manifests", "hauler01", "{\"producerCode\":\"" + producer + "\",\"haulerCode\":\"H01\","
                    + "\"vehicleCode\":\"" + plate + "\",\"weightKg\":" + p[1] + ",\"pickedUpAt\":\"" + at(day, 10) + "\","
                    + "\"destinationFacilityCode\":\"QL-KW01\"}");
            assertEquals(201, m.status(), m::toString);
            var d = api.post("api/v1/kitchen-waste/manifests/" + m.json().getString("manifestNo") + "/delivery", "plant-ql",
                    "{\"facilityCode\":\"QL-KW01\",\"weightKg\":" + p[1] + ",\"deliveredAt\":\"" + at(day, 14) + "\"}");
            assertEquals(200, d.status(), d::toString);
        }

        String ask = "api/v1/charges?producerCode=" + producer + "&period=" + period;
        var statement = api.get(ask, "bureau");
        assertEquals(200, statement.status(), statement::toString);
        JsonObject s = statement.json();
        List<JsonObject> lines = lines(s);
        assertEquals(4, lines.size(), s::toString);
        assertEquals(List.of(tag + "-A", tag + "-A", tag + "-B", tag + "-B"), lines.stream().map(l -> l.getString("tariffCode")).toList());
        assertEquals(List.of(0, 1, 1, 2), lines.stream().map(l -> l.getInt("tier")).toList());
        assertEquals(List.of("1000", "200", "300", "350.555"), lines.stream().map(l -> number(l, "weightKg").stripTrailingZeros().toPlainString()).toList());
        assertEquals(List.of(dec("300.00"), dec("90.00"), dec("144.00"), dec("224.36")), lines.stream().map(l -> number(l, "amountYuan")).toList());
        assertEquals(dec("758.36"), number(s, "totalYuan"));
        assertFalse(s.getBoolean("frozen"));
        assertEquals(200, api.get(ask, "officer-jj").status(), "the district's officer reads its producers");
        assertEquals(403, api.get(ask, "station-jj01").status());
        assertEquals(400, api.get("api/v1/charges?producerCode=" + producer + "&period=2026-13", "bureau").status());

        // the drill-down: the five pickups, adding up to the statement's kilograms
        var records = api.get("api/v1/charges/records?producerCode=" + producer + "&period=" + period, "bureau").json();
        assertEquals(5, records.getInt("total"));
        assertEquals(0, dec("1850.555").compareTo(records.getJsonArray("items").stream()
                .map(v -> number(v.asJsonObject(), "weightKg")).reduce(BigDecimal.ZERO, BigDecimal::add)));
        // the district's list and its CSV carry the same statement
        var listed = api.get("api/v1/charges/producers?districtCode=" + JINJIANG + "&period=" + period + "&size=1000", "officer-jj").json();
        assertTrue(listed.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(x -> x.getString("producerCode").equals(producer) && number(x, "totalYuan").equals(dec("758.36"))), listed::toString);
        var csv = api.get("api/v1/charges/export?districtCode=" + JINJIANG + "&period=" + period, "bureau");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.text().contains("producer," + producer + ",计量收费测试餐馆," + JINJIANG + "," + period + ",KITCHEN," + tag + "-B,2,350.555"),
                csv.text());
        // the same lines as a workbook: numbers as numbers, the tier-2 line's kilograms and amount as the statement shows them
        var xlsx = api.download("api/v1/charges/export?districtCode=" + JINJIANG + "&period=" + period + "&format=xlsx", "bureau");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.disposition().contains("charges-" + JINJIANG + "-" + period + ".xlsx"), xlsx.disposition());
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
            var rows = wb.getFirstSheet().read();
            assertEquals("amountYuan", rows.get(0).getCellText(13));
            var tier2 = rows.stream().filter(r -> producer.equals(r.getCellText(1)) && (tag + "-B").equals(r.getCellText(6))
                    && "2".equals(r.getCellText(7))).findFirst().orElseThrow(() -> new AssertionError("no tier-2 line in the workbook"));
            assertEquals(0, dec("350.555").compareTo(tier2.getCellAsNumber(8).orElseThrow()));
            assertEquals(0, dec("224.36").compareTo(tier2.getCellAsNumber(13).orElseThrow()));
        }
        assertEquals(400, api.get("api/v1/charges/export?districtCode=" + JINJIANG + "&period=" + period + "&format=pdf", "bureau").status());
        var districts = api.get("api/v1/charges/districts?period=" + period, "officer-jj").json().getJsonArray("items");
        assertEquals(1, districts.size(), "an officer sees their own district");
        assertTrue(number(districts.getJsonObject(0), "nonResidentialYuan").compareTo(dec("758.36")) >= 0);
        // the bureau asks for one district: priced alone, the same figures as in the city's list
        var one = api.get("api/v1/charges/districts?period=" + period + "&districtCode=" + JINJIANG, "bureau").json().getJsonArray("items");
        assertEquals(1, one.size(), one::toString);
        JsonObject inCity = api.get("api/v1/charges/districts?period=" + period, "bureau").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(x -> x.getString("districtCode").equals(JINJIANG)).findFirst().orElseThrow();
        assertEquals(inCity, one.getJsonObject(0), "the district alone is priced as in the city's list");
        assertEquals(403, api.get("api/v1/charges/districts?period=" + period + "&districtCode=510105", "officer-jj").status());
        assertEquals(404, api.get("api/v1/charges/districts?period=" + period + "&districtCode=519999", "bureau").status());
        assertEquals(List.of("districtCode"), api.get("api/v1/charges/districts?period=" + period + "&districtCode=JJ", "bureau").errorFields());

        // two communities (100 and 300 households) served by one point: its hazardous-waste weighings (400 kg on the 5th, 200 on
        // the 12th) are shared 1 : 3; at a residential per-tonne tariff of 10 yuan, 150 kg → 1.50 and 450 kg → 4.50
        String[] communities = {tag + "-CA", tag + "-CB"};
        int[] households = {100, 300};
        for (int i = 0; i < 2; i++) {
            assertEquals(201, api.post("api/v1/communities", "admin", "{\"code\":\"" + communities[i] + "\",\"name\":\"收费测试小区" + i + "\","
                    + "\"districtCode\":\"" + JINJIANG + "\",\"households\":" + households[i] + ",\"residents\":" + households[i] * 3
                    + ",\"activeFrom\":\"" + QUIET.atDay(1) + "\"}").status());
        }
        String point = tag + "-P";
        assertEquals(201, api.post("api/v1/points", "admin", "{\"code\":\"" + point + "\",\"name\":\"收费测试点\",\"kind\":\"COLLECTION_STATION\","
                + "\"districtCode\":\"" + JINJIANG + "\",\"latitude\":30.6,\"longitude\":104.1,\"acceptedCategories\":[\"HAZARDOUS\"],"
                + "\"servedCommunities\":[\"" + communities[0] + "\",\"" + communities[1] + "\"],\"activeFrom\":\"" + QUIET.atDay(1) + "\"}").status());
        api.grantPoints("station-jj01", point);
        for (Object[] w : new Object[][] {{5, 400}, {12, 200}}) {
            var logged = api.post("api/v1/tonnage-logs", "station-jj01", "{\"pointCode\":\"" + point + "\",\"category\":\"HAZARDOUS\",\"weightKg\":"
                    + w[1] + ",\"weighedAt\":\"" + at(QUIET.atDay((Integer) w[0]), 9) + "\"}");
            assertEquals(201, logged.status(), logged::toString);
        }
        assertEquals(201, api.post("api/v1/tariffs", "bureau", "{\"code\":\"" + tag + "-H\",\"validFrom\":\"" + QUIET.atDay(1) + "\","
                + "\"producerClass\":\"RESIDENTIAL\",\"category\":\"HAZARDOUS\",\"basis\":\"PER_TONNE\",\"priceYuan\":10}").status());
        String[][] expected = {{"150", "1.50"}, {"450", "4.50"}};
        for (int i = 0; i < 2; i++) {
            var cs = api.get("api/v1/charges/communities/" + communities[i] + "?period=" + period, "officer-jj");
            assertEquals(200, cs.status(), cs::toString);
            JsonObject hazardous = lines(cs.json()).stream().filter(l -> l.getString("category").equals("HAZARDOUS")).findFirst()
                    .orElseThrow(() -> new AssertionError(cs.toString()));
            assertEquals(expected[i][0], number(hazardous, "weightKg").stripTrailingZeros().toPlainString(), cs::toString);
            assertEquals(dec(expected[i][1]), number(hazardous, "amountYuan"));
            // the line's records: the point's two days, each shared households : all the point serves, adding up to the line
            var behind = api.get("api/v1/charges/communities/" + communities[i] + "/records?period=" + period + "&category=HAZARDOUS",
                    "officer-jj");
            assertEquals(200, behind.status(), behind::toString);
            var items = behind.json().getJsonArray("items");
            assertEquals(2, items.size(), behind::toString);
            assertEquals(List.of(QUIET.atDay(5).toString(), QUIET.atDay(12).toString()),
                    items.stream().map(r -> r.asJsonObject().getString("day")).toList());
            BigDecimal shared = BigDecimal.ZERO;
            for (var r : items) {
                JsonObject day = r.asJsonObject();
                assertEquals(point, day.getString("pointCode"));
                assertEquals(households[i], day.getInt("households"));
                assertEquals(400, day.getInt("householdsServed"));
                assertEquals(0, number(day, "pointWeightKg").multiply(BigDecimal.valueOf(households[i])).divide(BigDecimal.valueOf(400))
                        .compareTo(number(day, "weightKg")), day::toString);
                shared = shared.add(number(day, "weightKg"));
            }
            assertEquals(0, shared.compareTo(number(hazardous, "weightKg")), "the records add up to the line");
        }
        assertEquals(400, api.get("api/v1/charges/communities/" + communities[0] + "/records?period=" + period + "&category=PLASTIC",
                "officer-jj").status(), "a category that is not one");
        assertEquals(403, api.get("api/v1/charges/communities/" + communities[0] + "/records?period=" + period + "&category=HAZARDOUS",
                "hauler01").status(), "a hauler reads no charges");

        // compensation of the month: Jinjiang's kitchen waste at 邛崃's plant (510183), as the drill-down counts it
        JsonObject compensation = api.get("api/v1/compensation?period=" + period, "bureau").json();
        JsonObject toQionglai = line(compensation, JINJIANG, "QL-KW01");
        assertEquals(0, drillDown(api, "C", JINJIANG, QUIET).get("QL-KW01").compareTo(number(toQionglai, "weightKg")), toQionglai::toString);
        assertTrue(number(toQionglai, "weightKg").compareTo(dec("1850.555")) >= 0, toQionglai::toString);
        assertAmount(toQionglai);

        // locked: frozen as it stood; a later tariff version (C, from the 20th: 350, 500, 700) does not change it
        int versionsBefore = api.get("api/v1/charges/versions?districtCode=" + JINJIANG + "&period=" + period, "bureau").json().getInt("total");
        lock(api);
        assertEquals(201, api.post("api/v1/tariffs", "bureau", tariff(tag + "-C", QUIET.atDay(20), 350, 500, 700)).status());
        JsonObject frozen = api.get(ask, "bureau").json();
        assertTrue(frozen.getBoolean("frozen"), frozen::toString);
        assertEquals(versionsBefore + 1, frozen.getInt("version"));
        assertEquals(dec("758.36"), number(frozen, "totalYuan"));
        JsonObject frozenLine = line(api.get("api/v1/compensation?period=" + period, "bureau").json(), JINJIANG, "QL-KW01");
        assertTrue(frozenLine.getBoolean("frozen"));
        assertEquals(number(toQionglai, "amountYuan"), number(frozenLine, "amountYuan"));
        // no record dated in the locked month
        assertEquals(409, api.post("api/v1/kitchen-waste/manifests", "hauler01", "{\"producerCode\":\"" + producer + "\",\"haulerCode\":\"H01\","
                + "\"vehicleCode\":\"" + plate + "\",\"weightKg\":10,\"pickedUpAt\":\"" + at(QUIET.atDay(28), 10) + "\","
                + "\"destinationFacilityCode\":\"QL-KW01\"}").status());

        // reopened: computed now, at C from the 20th: 300.00 + 90.00 + 300 × 500 = 150.00 + 350.555 × 700 = 245.3885 → 245.39; 785.39
        assertEquals(200, act(api, "bureau", "{\"action\":\"REOPEN\",\"reason\":\"新收费标准 / the new tariff\"}").status());
        JsonObject live = api.get(ask, "bureau").json();
        assertFalse(live.getBoolean("frozen"));
        assertEquals(dec("785.39"), number(live, "totalYuan"), live::toString);
        // relocked: the second version answers, the first stays readable
        lock(api);
        JsonObject second = api.get(ask, "bureau").json();
        assertEquals(versionsBefore + 2, second.getInt("version"));
        assertEquals(dec("785.39"), number(second, "totalYuan"));
        JsonObject first = api.get(ask + "&version=" + (versionsBefore + 1), "bureau").json();
        assertEquals(dec("758.36"), number(first, "totalYuan"));
        var versions = api.get("api/v1/charges/versions?districtCode=" + JINJIANG + "&period=" + period, "officer-jj").json();
        assertEquals(versionsBefore + 2, versions.getInt("total"));
        assertEquals(404, api.get(ask + "&version=" + (versionsBefore + 3), "bureau").status());
    }

    /**
     * For last month (the demo's, sorting centres' onward flows and residues included): every compensation line's tonnes
     * equal what the indicators' drill-down counts for its payer at its plant, its rate is the version valid on the month's
     * last day, its amount their product to the fen; every plant in another district with a rate that a payer's drill-down
     * shows has its line; each district owes the sum of its lines.
     */
    @Test
    void compensationEqualsTheDrillDownPairByPairTimesTheRate() {
        Api api = new Api(url);
        JsonObject c = api.get("api/v1/compensation?period=" + LAST_MONTH, "bureau").json();
        List<JsonObject> lines = c.getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        assertFalse(lines.isEmpty(), "the demo sends waste across districts");
        Map<String, String[]> facilities = new HashMap<>();
        for (var f : api.get("api/v1/facilities?size=1000", "admin").json().getJsonArray("items")) {
            facilities.put(f.asJsonObject().getString("code"), new String[] {f.asJsonObject().getString("districtCode"), f.asJsonObject().getString("kind")});
        }
        Map<String, BigDecimal> rates = ratesOn(api, LAST_MONTH.atEndOfMonth());
        TreeSet<String> payers = new TreeSet<>();
        lines.forEach(l -> payers.add(l.getString("payerDistrictCode")));
        int pairs = 0;
        for (String payer : payers.stream().limit(5).toList()) {
            Map<String, BigDecimal> counted = new TreeMap<>();
            for (String component : List.of("C", "I", "L")) {
                drillDown(api, component, payer, LAST_MONTH).forEach((facility, kg) -> {
                    String kind = facilities.get(facility)[1];
                    boolean measuredHere = component.equals("I") ? kind.equals("INCINERATION_PLANT") : component.equals("L") ? kind.equals("LANDFILL")
                            : kind.equals("KITCHEN_WASTE_PLANT") || kind.equals("HAZARDOUS_WASTE_FACILITY");
                    if (measuredHere) {
                        counted.merge(facility, kg, BigDecimal::add);
                    }
                });
            }
            for (var e : counted.entrySet()) {
                String host = facilities.get(e.getKey())[0];
                if (host.equals(payer) || e.getValue().signum() == 0 || !rates.containsKey(facilities.get(e.getKey())[1])) {
                    assertTrue(lines.stream().noneMatch(l -> l.getString("payerDistrictCode").equals(payer) && l.getString("facilityCode").equals(e.getKey())));
                    continue;
                }
                JsonObject l = line(c, payer, e.getKey());
                assertEquals(host, l.getString("hostDistrictCode"));
                assertEquals(0, e.getValue().compareTo(number(l, "weightKg")), payer + " at " + e.getKey() + ": drill-down " + e.getValue() + ", line " + l);
                assertEquals(0, rates.get(facilities.get(e.getKey())[1]).compareTo(number(l, "yuanPerTonne")), l::toString);
                assertAmount(l);
                // the line's own link reads only the plant's records, and they add up to the line
                var behind = api.get(l.getString("records").replaceFirst("^/", "") + "&size=1000", "bureau").json();
                assertTrue(behind.getJsonNumber("total").longValue() <= 1000, "one page holds a month at a plant: " + behind.getJsonNumber("total"));
                assertTrue(behind.getJsonArray("items").stream().allMatch(r -> r.asJsonObject().getString("facilityCode").equals(e.getKey())),
                        "only the line's plant: " + l);
                assertEquals(0, behind.getJsonArray("items").stream().map(r -> number(r.asJsonObject(), "countedKg")).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .compareTo(number(l, "weightKg")), "the line's records add up to it: " + l);
                pairs++;
            }
            BigDecimal owed = lines.stream().filter(l -> l.getString("payerDistrictCode").equals(payer)).map(l -> number(l, "amountYuan"))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, owed.compareTo(number(balance(c, payer), "owedYuan")), payer);
        }
        assertTrue(pairs >= 3, "pairs checked: " + pairs);
        BigDecimal net = c.getJsonArray("districts").stream().map(d -> number(d.asJsonObject(), "netYuan")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, net.signum(), "what is owed is received");
        // an officer sees the lines their district pays or receives, and its own balance
        JsonObject mine = api.get("api/v1/compensation?period=" + LAST_MONTH, "officer-jj").json();
        assertTrue(mine.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .allMatch(l -> l.getString("payerDistrictCode").equals(JINJIANG) || l.getString("hostDistrictCode").equals(JINJIANG)));
        assertEquals(1, mine.getJsonArray("districts").size());
        assertEquals(403, api.get("api/v1/compensation?period=" + LAST_MONTH, "station-jj01").status());
    }

    /** 蒲江 (510131) sent nothing five months ago (before the demo's history): it owes nothing and pays no line. */
    @Test
    void aDistrictThatSendsNothingOwesNothing() {
        Api api = new Api(url);
        String quiet = "510131";
        for (String component : List.of("C", "I", "L")) {
            assertTrue(drillDown(api, component, quiet, QUIET).isEmpty(), component + " of " + quiet);
        }
        JsonObject c = api.get("api/v1/compensation?period=" + QUIET, "bureau").json();
        assertTrue(c.getJsonArray("lines").stream().map(JsonValue::asJsonObject).noneMatch(l -> l.getString("payerDistrictCode").equals(quiet)));
        JsonObject b = balance(c, quiet);
        assertEquals(dec("0.00"), number(b, "owedYuan"));
    }

    static JsonObject line(JsonObject compensation, String payer, String facility) {
        return compensation.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("payerDistrictCode").equals(payer) && l.getString("facilityCode").equals(facility)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + payer + " → " + facility + " in " + compensation));
    }

    static JsonObject balance(JsonObject compensation, String district) {
        return compensation.getJsonArray("districts").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("districtCode").equals(district)).findFirst().orElseThrow();
    }

    static void assertAmount(JsonObject line) {
        BigDecimal expected = number(line, "weightKg").multiply(number(line, "yuanPerTonne")).divide(dec("1000"), 2, RoundingMode.HALF_UP);
        assertEquals(0, expected.compareTo(number(line, "amountYuan")), line::toString);
    }

    /** The counted kilograms of a component's drill-down for a district's scope and month, by facility (all pages). */
    static Map<String, BigDecimal> drillDown(Api api, String component, String scope, YearMonth month) {
        Map<String, BigDecimal> byFacility = new TreeMap<>();
        int page = 0;
        long total;
        do {
            var reply = api.get("api/v1/indicators/components/" + component + "?scope=" + scope + "&from=" + month.atDay(1) + "&to="
                    + month.atEndOfMonth() + "&page=" + page + "&size=1000", "bureau");
            assertEquals(200, reply.status(), reply::toString);
            total = reply.json().getJsonNumber("total").longValue();
            for (var item : reply.json().getJsonArray("items")) {
                byFacility.merge(item.asJsonObject().getString("facilityCode"), number(item.asJsonObject(), "countedKg"), BigDecimal::add);
            }
            page++;
        } while (page * 1000L < total);
        return byFacility;
    }

    /** The rate of each kind valid on a day: the latest validFrom on or before it, the later recorded of a day's two. */
    static Map<String, BigDecimal> ratesOn(Api api, LocalDate day) {
        Map<String, String[]> best = new HashMap<>();
        List<JsonObject> all = new ArrayList<>(api.get("api/v1/compensation-rates", "bureau").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList());
        for (JsonObject r : all) {
            if (LocalDate.parse(r.getString("validFrom")).isAfter(day)) {
                continue;
            }
            String key = r.getString("validFrom") + "|" + r.getString("createdAt") + "|" + String.format("%012d", r.getJsonNumber("id").longValue());
            String[] known = best.get(r.getString("facilityKind"));
            if (known == null || known[0].compareTo(key) < 0) {
                best.put(r.getString("facilityKind"), new String[] {key, number(r, "yuanPerTonne").toPlainString()});
            }
        }
        Map<String, BigDecimal> out = new HashMap<>();
        best.forEach((k, v) -> out.put(k, dec(v[1])));
        return out;
    }
}
