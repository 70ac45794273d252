package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Carbon in the indicator answer (issue 19, item 3): the emissions avoided against landfill, by route, with the factor set
 * valid on the days the tonnes were received, equal to the answer's own components times the factors.
 */
@ExtendWith(ArquillianExtension.class)
class CarbonIT {
    static final YearMonth NOW = YearMonth.now(ZoneOffset.ofHours(8));
    /** The default set's factors (V45_2), tonnes of CO₂e a tonne. */
    static final Map<String, BigDecimal> DEFAULT = Map.of("LANDFILL", new BigDecimal("0.7"), "INCINERATION", new BigDecimal("0.25"),
            "KITCHEN_TREATMENT", new BigDecimal("0.05"), "RECYCLING", new BigDecimal("-0.8"));
    static final Map<String, String> COMPONENT = Map.of("RECYCLING", "recoveredKg", "INCINERATION", "incineratedKg",
            "KITCHEN_TREATMENT", "kitchenTreatedKg", "LANDFILL", "landfilledKg");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    @Test
    void theCitysAvoidedEmissionsAreItsOwnComponentsTimesTheDefaultFactors() {
        Api api = new Api(url);
        // the demo's first month: no test adds a factor set valid before its end
        YearMonth month = NOW.minusMonths(3);
        JsonObject answer = api.get("api/v1/indicators?scope=CITY&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth(), "bureau").json();
        JsonObject carbon = answer.getJsonObject("carbon");
        assertEquals("default-1", carbon.getString("factorSet"), carbon::toString);
        JsonObject components = answer.getJsonObject("resourceUtilisation").getJsonObject("components");
        BigDecimal total = BigDecimal.ZERO;
        for (JsonValue v : carbon.getJsonArray("byRoute")) {
            JsonObject route = v.asJsonObject();
            String name = route.getString("route");
            BigDecimal kg = components.getJsonNumber(COMPONENT.get(name)).bigDecimalValue();
            assertEquals(0, kg.compareTo(route.getJsonNumber("weightKg").bigDecimalValue()), name);
            BigDecimal expected = avoided(kg, DEFAULT.get("LANDFILL"), DEFAULT.get(name));
            assertEquals(expected, route.getJsonNumber("tCo2e").bigDecimalValue(), name);
            total = total.add(expected);
        }
        assertTrue(total.signum() > 0, "the demo's waste avoided emissions: " + carbon);
        assertEquals(total, carbon.getJsonNumber("avoidedTCo2e").bigDecimalValue());
        // the city and its districts in one answer carry the same account
        JsonObject all = api.get("api/v1/indicators/districts?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth(), "bureau").json();
        assertEquals(carbon, all.getJsonObject("city").getJsonObject("carbon"));
        assertTrue(all.getJsonArray("districts").stream().allMatch(d -> d.asJsonObject().getJsonObject("carbon") != null));
    }

    static final String HEADER = "Month,Facility code,Facility,District,Route,Material,Tonnes,Factor (t CO2e/t),Baseline factor (t CO2e/t),"
            + "Avoided (t CO2e),Factor set,Method";

    /** The carbon-projects export's rows (after the header, which is checked), cells split as CSV quotes them. */
    static List<String[]> projects(Api api, String range) {
        var file = api.download("api/v1/exports/carbon-projects?format=csv&lang=en&" + range, "bureau");
        assertEquals(200, file.status());
        List<String> lines = new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        assertEquals(HEADER, lines.get(0));
        List<String[]> rows = new java.util.ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            // every row is its own account: tonnes × (baseline − factor), rounded half up to three places
            assertEquals(new BigDecimal(cells[6]).multiply(new BigDecimal(cells[8]).subtract(new BigDecimal(cells[7]))).setScale(3, RoundingMode.HALF_UP),
                    new BigDecimal(cells[9]), line);
            assertTrue(cells[4].equals("RECYCLING") || cells[5].isEmpty(), "a material only on a recycling row: " + line);
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theFacilitiesProjectsAddUpToTheCitysAccount() {
        Api api = new Api(url);
        YearMonth month = NOW.minusMonths(3);
        String range = "from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
        JsonObject carbon = api.get("api/v1/indicators?scope=CITY&" + range, "bureau").json().getJsonObject("carbon");
        List<String[]> rows = projects(api, range);
        Map<String, BigDecimal> tonnes = new java.util.HashMap<>();
        BigDecimal avoided = BigDecimal.ZERO;
        for (String[] cells : rows) {
            assertEquals(month.toString(), cells[0], String.join(",", cells));
            assertEquals("default-1", cells[10], String.join(",", cells));
            assertEquals(DEFAULT.get(cells[4]), new BigDecimal(cells[7]).stripTrailingZeros(), "default-1 has no factor per material");
            tonnes.merge(cells[4], new BigDecimal(cells[6]), BigDecimal::add);
            avoided = avoided.add(new BigDecimal(cells[9]));
        }
        assertTrue(rows.size() >= 3, "a project a recycling processor, incineration plant and kitchen-waste plant: " + rows.size());
        assertTrue(rows.stream().anyMatch(r -> r[4].equals("RECYCLING") && !r[5].isEmpty()), "the demo's processors' rows name their material");
        for (JsonValue v : carbon.getJsonArray("byRoute")) {
            JsonObject route = v.asJsonObject();
            String name = route.getString("route");
            BigDecimal cityTonnes = route.getJsonNumber("weightKg").bigDecimalValue().movePointLeft(3);
            if (name.equals("LANDFILL")) {
                assertEquals(null, tonnes.get(name), "landfills avoid nothing and are no project");
            } else {
                // the facilities' kilograms are the city's, to the kilogram's thousandth
                assertEquals(0, tonnes.getOrDefault(name, BigDecimal.ZERO).compareTo(cityTonnes), name + ": " + tonnes + " against " + cityTonnes);
            }
        }
        // each row's tonnes of CO2e are rounded to three places: the sum is the city's within half a unit a row
        assertTrue(avoided.subtract(carbon.getJsonNumber("avoidedTCo2e").bigDecimalValue()).abs()
                .compareTo(new BigDecimal("0.0005").multiply(BigDecimal.valueOf(rows.size() + 4))) <= 0, avoided + " against " + carbon);
        assertEquals(403, api.download("api/v1/exports/carbon-projects?format=csv&" + range, "officer-jj").status());
    }

    /**
     * Last month, with a set (valid from its first day) giving PAPER −3.0 and PLASTIC −1.2 and no GLASS (RECYCLING −0.8),
     * landfill 0.7. A new processor receives paper (1,234.567 kg from a point, 765.433 kg sent on by a sorting centre:
     * 2 t), plastic (1,500.250 kg) and glass (300 kg) from points: paper 2 × 3.7 = 7.400, plastic 1.50025 × 1.9 = 2.850475
     * → 2.850, glass (the RECYCLING factor) 0.3 × 1.5 = 0.450. The city's tonnes are the facilities', route by route; its
     * RECYCLING route has no material, so the export's recycling rows avoid more than it by their tonnes × (RECYCLING factor −
     * their factor), and nothing else differs (docs/indicators.md, "Carbon").
     */
    @Test
    void aRecyclingProcessorReceivingPaperAndPlasticIsExportedWithEachMaterialsFactorToTheKilogram() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        YearMonth month = NOW.minusMonths(1);
        String set = """
                {"code":"%s","validFrom":"%s","source":"test: factors per material","factors":[
                 {"route":"LANDFILL","tCo2ePerTonne":0.7},{"route":"INCINERATION","tCo2ePerTonne":0.25},
                 {"route":"KITCHEN_TREATMENT","tCo2ePerTonne":0.05},{"route":"RECYCLING","tCo2ePerTonne":-0.8},
                 {"route":"RECYCLING","material":"PAPER","tCo2ePerTonne":-3.0},{"route":"RECYCLING","material":"PLASTIC","tCo2ePerTonne":-1.2}]}"""
                .formatted(tag, month.atDay(1));
        var added = api.post("api/v1/carbon-factor-sets", "bureau", set);
        assertEquals(201, added.status(), added::toString);
        String centre = tag + "-SC";
        String processor = tag + "-RP";
        assertEquals(201, api.post("api/v1/facilities", "admin", facility(centre, "SORTING_CENTRE", "510104", month.atDay(1))).status());
        assertEquals(201, api.post("api/v1/facilities", "admin", facility(processor, "RECYCLING_PROCESSOR", "510104", month.atDay(1),
                "PAPER", "PLASTIC", "GLASS")).status());
        String point = recyclingPoint(api, tag, month.atDay(1));
        transfer(api, point, null, processor, "PAPER", "1234.567", month.atDay(3));
        transfer(api, point, null, centre, "PAPER", "900", month.atDay(4));
        transfer(api, null, centre, processor, "PAPER", "765.433", month.atDay(5));
        transfer(api, point, null, processor, "PLASTIC", "1500.250", month.atDay(6));
        transfer(api, point, null, processor, "GLASS", "300", month.atDay(7));

        String range = "from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
        List<String[]> rows = projects(api, range);
        List<String[]> mine = rows.stream().filter(r -> r[1].equals(processor)).toList();
        assertEquals(List.of("GLASS", "PAPER", "PLASTIC"), mine.stream().map(r -> r[5]).toList());
        assertTrue(mine.stream().allMatch(r -> r[0].equals(month.toString()) && r[3].equals("510104") && r[4].equals("RECYCLING")
                && r[10].equals(tag) && new BigDecimal(r[8]).compareTo(new BigDecimal("0.7")) == 0));
        assertEquals(List.of(dec("0.3"), dec("2"), dec("1.50025")), mine.stream().map(r -> dec(r[6])).toList());
        assertEquals(List.of(dec("-0.8"), dec("-3"), dec("-1.2")), mine.stream().map(r -> dec(r[7])).toList());
        assertEquals(List.of(new BigDecimal("0.450"), new BigDecimal("7.400"), new BigDecimal("2.850")), mine.stream()
                .map(r -> new BigDecimal(r[9])).toList());
        assertTrue(rows.stream().noneMatch(r -> r[1].equals(centre)), "a sorting centre recovers nothing itself");

        // against the city's account: the same tonnes route by route; the avoided emissions differ only by the recycling
        // rows' own factors
        JsonObject carbon = api.get("api/v1/indicators?scope=CITY&" + range, "bureau").json().getJsonObject("carbon");
        assertEquals(tag, carbon.getString("factorSet"));
        Map<String, BigDecimal> tonnes = new java.util.HashMap<>();
        BigDecimal avoided = BigDecimal.ZERO;
        BigDecimal perMaterial = BigDecimal.ZERO;
        for (String[] r : rows) {
            tonnes.merge(r[4], dec(r[6]), BigDecimal::add);
            avoided = avoided.add(dec(r[9]));
            if (r[4].equals("RECYCLING")) {
                perMaterial = perMaterial.add(dec(r[6]).multiply(new BigDecimal("-0.8").subtract(dec(r[7]))));
            }
        }
        assertTrue(perMaterial.compareTo(new BigDecimal("5.0001")) >= 0, "this test's paper and plastic alone: " + perMaterial);
        for (JsonValue v : carbon.getJsonArray("byRoute")) {
            JsonObject route = v.asJsonObject();
            if (!route.getString("route").equals("LANDFILL")) {
                assertEquals(0, tonnes.getOrDefault(route.getString("route"), BigDecimal.ZERO).compareTo(route.getJsonNumber("weightKg")
                        .bigDecimalValue().movePointLeft(3)), route::toString);
            }
        }
        BigDecimal difference = avoided.subtract(carbon.getJsonNumber("avoidedTCo2e").bigDecimalValue());
        assertTrue(difference.subtract(perMaterial).abs().compareTo(new BigDecimal("0.0005").multiply(BigDecimal.valueOf(rows.size() + 4))) <= 0,
                "export " + avoided + ", city " + carbon + ", per material " + perMaterial);
    }

    @Test
    void aSetValidFromMidMonthAccountsEachPartOfTheMonthWithItsOwnFactors() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        YearMonth month = NOW.minusMonths(2);
        LocalDate change = month.atDay(16);
        String body = """
                {"code":"%s","validFrom":"%s","source":"test: a landfill baseline of 1.1","factors":[
                 {"route":"LANDFILL","tCo2ePerTonne":1.1},{"route":"INCINERATION","tCo2ePerTonne":0.3},
                 {"route":"KITCHEN_TREATMENT","tCo2ePerTonne":0.1},{"route":"RECYCLING","tCo2ePerTonne":-1.5},
                 {"route":"RECYCLING","material":"PAPER","tCo2ePerTonne":-2.5}]}""".formatted(tag, change);
        var added = api.post("api/v1/carbon-factor-sets", "bureau", body);
        assertEquals(201, added.status(), added::toString);
        assertEquals(5, added.json().getJsonArray("factors").size());
        // the same request again is the same code: refused, nothing added twice
        assertEquals(409, api.post("api/v1/carbon-factor-sets", "bureau", body).status());
        Map<String, BigDecimal> later = Map.of("LANDFILL", new BigDecimal("1.1"), "INCINERATION", new BigDecimal("0.3"),
                "KITCHEN_TREATMENT", new BigDecimal("0.1"), "RECYCLING", new BigDecimal("-1.5"));

        JsonObject first = components(api, month.atDay(1), change.minusDays(1));
        JsonObject second = components(api, change, month.atEndOfMonth());
        JsonObject whole = api.get("api/v1/indicators?scope=CITY&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth(), "bureau").json();
        JsonObject carbon = whole.getJsonObject("carbon");
        assertEquals("default-1, " + tag, carbon.getString("factorSet"));
        BigDecimal total = BigDecimal.ZERO;
        for (JsonValue v : carbon.getJsonArray("byRoute")) {
            JsonObject route = v.asJsonObject();
            String name = route.getString("route");
            BigDecimal kg1 = first.getJsonNumber(COMPONENT.get(name)).bigDecimalValue();
            BigDecimal kg2 = second.getJsonNumber(COMPONENT.get(name)).bigDecimalValue();
            // each half's tonnes at its own set's factors, rounded once for the route
            BigDecimal expected = kg1.multiply(DEFAULT.get("LANDFILL").subtract(DEFAULT.get(name)))
                    .add(kg2.multiply(later.get("LANDFILL").subtract(later.get(name)))).divide(BigDecimal.valueOf(1000))
                    .setScale(3, RoundingMode.HALF_UP);
            assertEquals(expected, route.getJsonNumber("tCo2e").bigDecimalValue(), name);
            assertEquals(0, kg1.add(kg2).compareTo(route.getJsonNumber("weightKg").bigDecimalValue()), name);
            total = total.add(expected);
        }
        assertEquals(total, carbon.getJsonNumber("avoidedTCo2e").bigDecimalValue());
        // the second half alone is the new set's
        JsonObject secondCarbon = api.get("api/v1/indicators?scope=CITY&from=" + change + "&to=" + month.atEndOfMonth(), "bureau").json()
                .getJsonObject("carbon");
        assertEquals(tag, secondCarbon.getString("factorSet"));
        assertEquals(tag, api.get("api/v1/carbon-factor-sets/" + tag, "officer-jj").json().getString("code"));
    }

    /** A Jinjiang month long before the demo's history, which no other test writes in. */
    static final YearMonth FROZEN = NOW.minusMonths(6);

    Api.Reply act(Api api, String user, String body) {
        return api.post("api/v1/returns/510104/" + FROZEN + "/transitions", user, body);
    }

    /** Confirms the month's open warnings, then SUBMIT (officer), APPROVE and LOCK (bureau): the lock's answer. */
    JsonObject lock(Api api) {
        String range = "&from=" + FROZEN.atDay(1) + "&to=" + FROZEN.atEndOfMonth();
        for (var w : api.get("api/v1/warnings?districtCode=510104&confirmed=false&size=1000" + range, "bureau").json().getJsonArray("items")) {
            api.post("api/v1/warnings/" + w.asJsonObject().getInt("id") + "/confirmation", "bureau", "{\"comment\":\"carbon test\"}");
        }
        Api.Reply r = null;
        for (String[] step : new String[][] {{"officer-jj", "SUBMIT"}, {"bureau", "APPROVE"}, {"bureau", "LOCK"}}) {
            r = act(api, step[0], "{\"action\":\"" + step[1] + "\"}");
            assertEquals(200, r.status(), step[1] + ": " + r);
        }
        return r.json();
    }

    static JsonObject route(JsonObject carbon, String name) {
        return carbon.getJsonArray("byRoute").stream().map(JsonValue::asJsonObject).filter(r -> r.getString("route").equals(name)).findFirst()
                .orElseThrow();
    }

    /**
     * Jinjiang's return of a quiet month signs its carbon with the rest: a point of Jinjiang sends 2,000 kg of paper to a
     * sorting centre of Qingyang and 1,000 kg of plastic to a processor there; the month is locked. The centre then sends
     * 1,800 kg of paper on to the processor: Qingyang's facilities, not locked, so it is taken, and it is Jinjiang's R (all
     * the centre received that month came from Jinjiang). The locked month still answers the signed carbon; the same days
     * computed show the 1,800 kg more, 1.8 t × (landfill − recycling) more avoided. Reopened and locked again, the second
     * version signs the new carbon and the first keeps the old one.
     */
    @Test
    void lockingAReturnFreezesItsCarbonAndAReopenRelockKeepsBothVersions() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        var before = api.get("api/v1/returns/510104/" + FROZEN, "bureau").json();
        if (!before.getString("status").equals("DRAFT")) {
            assertEquals(200, act(api, "bureau", "{\"action\":\"REOPEN\",\"reason\":\"carbon test run again\"}").status());
        }
        int versionsBefore = before.getJsonArray("versions").size();
        String centre = tag + "-SC";
        String processor = tag + "-RP";
        assertEquals(201, api.post("api/v1/facilities", "admin", facility(centre, "SORTING_CENTRE", "510105", FROZEN.atDay(1))).status());
        assertEquals(201, api.post("api/v1/facilities", "admin", facility(processor, "RECYCLING_PROCESSOR", "510105", FROZEN.atDay(1))).status());
        String point = recyclingPoint(api, tag, FROZEN.atDay(1));
        transfer(api, point, null, centre, "PAPER", "2000", FROZEN.atDay(10));
        transfer(api, point, null, processor, "PLASTIC", "1000", FROZEN.atDay(11));

        String exactly = "api/v1/indicators?scope=510104&from=" + FROZEN.atDay(1) + "&to=" + FROZEN.atEndOfMonth();
        JsonObject computed = api.get(exactly, "bureau").json();
        assertTrue(computed.isNull("signed"));
        JsonObject first = lock(api).getJsonObject("signed");
        assertEquals(versionsBefore + 1, first.getInt("version"));
        JsonObject v1 = first.getJsonObject("figures").getJsonObject("carbon");
        assertEquals(computed.getJsonObject("carbon"), v1, "the lock signs the carbon computed");
        JsonObject factors = api.get("api/v1/carbon-factor-sets/" + v1.getString("factorSet"), "bureau").json();
        BigDecimal perTonne = factor(factors, "LANDFILL").subtract(factor(factors, "RECYCLING"));

        // the centre's onward flow, after the lock: its facilities' district is not locked
        transfer(api, null, centre, processor, "PAPER", "1800", FROZEN.atDay(12));
        JsonObject locked = api.get(exactly, "officer-jj").json();
        assertEquals(versionsBefore + 1, locked.getJsonObject("signed").getInt("version"));
        assertEquals(v1, locked.getJsonObject("carbon"), "locked: the carbon as signed");
        JsonObject now = api.get("api/v1/indicators?scope=510104&from=" + FROZEN.atDay(1) + "&to=" + FROZEN.atDay(28), "bureau").json()
                .getJsonObject("carbon");
        assertEquals(0, number(route(v1, "RECYCLING"), "weightKg").add(new BigDecimal("1800")).compareTo(number(route(now, "RECYCLING"), "weightKg")),
                now::toString);
        BigDecimal more = new BigDecimal("1.8").multiply(perTonne);
        assertEquals(0, number(route(v1, "RECYCLING"), "tCo2e").add(more).compareTo(number(route(now, "RECYCLING"), "tCo2e")), now::toString);

        // reopened: computed again; relocked: a second version with the new carbon, the first kept as it was
        assertEquals(200, act(api, "bureau", "{\"action\":\"REOPEN\",\"reason\":\"分拣中心补报 / the centre's late onward flow\"}").status());
        JsonObject reopened = api.get(exactly, "bureau").json();
        assertTrue(reopened.isNull("signed"));
        assertEquals(0, number(reopened.getJsonObject("carbon"), "avoidedTCo2e").compareTo(number(v1, "avoidedTCo2e").add(more)));
        JsonObject second = lock(api).getJsonObject("signed");
        assertEquals(versionsBefore + 2, second.getInt("version"));
        JsonObject v2 = second.getJsonObject("figures").getJsonObject("carbon");
        assertEquals(reopened.getJsonObject("carbon"), v2);
        var versions = api.get("api/v1/returns/510104/" + FROZEN, "bureau").json().getJsonArray("versions");
        assertEquals(versionsBefore + 2, versions.size(), "both versions are kept");
        assertEquals(v1, versions.getJsonObject(versionsBefore).getJsonObject("figures").getJsonObject("carbon"));
        assertEquals(v2, versions.getJsonObject(versionsBefore + 1).getJsonObject("figures").getJsonObject("carbon"));
        assertEquals(v2, api.get(exactly, "officer-jj").json().getJsonObject("carbon"));
    }

    static BigDecimal number(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    static BigDecimal factor(JsonObject set, String route) {
        return set.getJsonArray("factors").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("route").equals(route) && (!f.containsKey("material") || f.isNull("material"))).findFirst().orElseThrow().getJsonNumber("tCo2ePerTonne")
                .bigDecimalValue();
    }

    @Test
    void onlyTheBureauAddsASetAndABadOneIsRefusedNamingItsFieldAndStoresNothing() {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String missingKitchen = """
                {"code":"%s","validFrom":"2030-01-01","source":"test","factors":[{"route":"LANDFILL","tCo2ePerTonne":0.7},
                 {"route":"INCINERATION","tCo2ePerTonne":0.25},{"route":"RECYCLING","tCo2ePerTonne":-0.8}]}""".formatted(tag);
        var refused = api.post("api/v1/carbon-factor-sets", "bureau", missingKitchen);
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("factors"), refused.errorFields());
        String outOfRange = """
                {"code":"%s","validFrom":"2030-01-01","source":"test","factors":[{"route":"LANDFILL","tCo2ePerTonne":0.7},
                 {"route":"INCINERATION","tCo2ePerTonne":25},{"route":"KITCHEN_TREATMENT","tCo2ePerTonne":0.05},
                 {"route":"BURIED","tCo2ePerTonne":0.1},{"route":"RECYCLING","tCo2ePerTonne":-0.8}]}""".formatted(tag);
        var wrong = api.post("api/v1/carbon-factor-sets", "bureau", outOfRange);
        assertEquals(400, wrong.status(), wrong::toString);
        assertEquals(List.of("factors[1].tCo2ePerTonne", "factors[3].route"), wrong.errorFields().stream().sorted().toList());
        // a factor per material only for a recyclable material on the recycling route: no receipt would be accounted with another
        String materials = """
                {"code":"%s","validFrom":"2030-01-01","source":"test","factors":[{"route":"LANDFILL","tCo2ePerTonne":0.7},
                 {"route":"INCINERATION","tCo2ePerTonne":0.25},{"route":"KITCHEN_TREATMENT","tCo2ePerTonne":0.05},
                 {"route":"RECYCLING","tCo2ePerTonne":-0.8},{"route":"INCINERATION","material":"PLASTIC","tCo2ePerTonne":0.9},
                 {"route":"RECYCLING","material":"BATTERY","tCo2ePerTonne":-0.5},{"route":"RECYCLING","material":"PAPR","tCo2ePerTonne":-3}]}"""
                .formatted(tag);
        var misplaced = api.post("api/v1/carbon-factor-sets", "bureau", materials);
        assertEquals(400, misplaced.status(), misplaced::toString);
        assertEquals(List.of("factors[4].material", "factors[5].material", "factors[6].material"), misplaced.errorFields().stream().sorted().toList());
        assertEquals(404, api.get("api/v1/carbon-factor-sets/" + tag, "bureau").status());
        String good = missingKitchen.replace("{\"route\":\"RECYCLING\"", "{\"route\":\"KITCHEN_TREATMENT\",\"tCo2ePerTonne\":0.05},{\"route\":\"RECYCLING\"");
        assertEquals(403, api.post("api/v1/carbon-factor-sets", "officer-jj", good).status());
        assertEquals(403, api.post("api/v1/carbon-factor-sets", "admin", good).status());
        assertEquals(404, api.get("api/v1/carbon-factor-sets/" + tag, "bureau").status());
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value).stripTrailingZeros();
    }

    static String facility(String code, String kind, String district, LocalDate from, String... materials) {
        var m = jakarta.json.Json.createArrayBuilder();
        for (String s : materials) {
            m.add(s);
        }
        return jakarta.json.Json.createObjectBuilder().add("code", code).add("name", "碳核算测试设施 " + code).add("kind", kind)
                .add("districtCode", district).add("designCapacityTonnesPerDay", 100).add("acceptedMaterials", m)
                .add("activeFrom", from.toString()).build().toString();
    }

    /** A recyclables outlet of Jinjiang in service from {@code from}. */
    static String recyclingPoint(Api api, String tag, LocalDate from) {
        String point = tag + "-R";
        var created = api.post("api/v1/points", "admin", "{\"code\":\"" + point + "\",\"name\":\"碳核算测试回收点\",\"kind\":\"RECYCLING_OUTLET\","
                + "\"districtCode\":\"510104\",\"latitude\":30.6,\"longitude\":104.1,\"acceptedCategories\":[\"RECYCLABLE\"],"
                + "\"servedCommunities\":[],\"activeFrom\":\"" + from + "\"}");
        assertEquals(201, created.status(), created::toString);
        return point;
    }

    static void transfer(Api api, String fromPoint, String fromFacility, String to, String material, String kg, LocalDate day) {
        var b = jakarta.json.Json.createObjectBuilder().add("toFacilityCode", to).add("material", material).add("weightKg", new BigDecimal(kg))
                .add("transferredAt", day + "T10:00:00+08:00");
        if (fromPoint != null) {
            b.add("fromPointCode", fromPoint);
        } else {
            b.add("fromFacilityCode", fromFacility);
        }
        var r = api.post("api/v1/recyclables/transfers", "admin", b.build().toString());
        assertEquals(201, r.status(), r::toString);
    }

    private static JsonObject components(Api api, LocalDate from, LocalDate to) {
        return api.get("api/v1/indicators?scope=CITY&from=" + from + "&to=" + to, "bureau").json().getJsonObject("resourceUtilisation")
                .getJsonObject("components");
    }

    private static BigDecimal avoided(BigDecimal kg, BigDecimal landfill, BigDecimal route) {
        return kg.multiply(landfill.subtract(route)).divide(BigDecimal.valueOf(1000)).setScale(3, RoundingMode.HALF_UP);
    }
}
