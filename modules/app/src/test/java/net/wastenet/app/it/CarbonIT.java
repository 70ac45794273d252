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

    @Test
    void theFacilitiesProjectsAddUpToTheCitysAccount() {
        Api api = new Api(url);
        YearMonth month = NOW.minusMonths(3);
        String range = "from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
        JsonObject carbon = api.get("api/v1/indicators?scope=CITY&" + range, "bureau").json().getJsonObject("carbon");
        var file = api.download("api/v1/exports/carbon-projects?format=csv&lang=en&" + range, "bureau");
        assertEquals(200, file.status());
        List<String> lines = new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
        assertEquals("Month,Facility code,Facility,District,Route,Tonnes,Avoided (t CO2e),Factor set,Method", lines.get(0));
        Map<String, BigDecimal> tonnes = new java.util.HashMap<>();
        BigDecimal avoided = BigDecimal.ZERO;
        int rows = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            assertEquals(month.toString(), cells[0], line);
            assertEquals("default-1", cells[7], line);
            tonnes.merge(cells[4], new BigDecimal(cells[5]), BigDecimal::add);
            avoided = avoided.add(new BigDecimal(cells[6]));
            rows++;
        }
        assertTrue(rows >= 3, "a project a recycling processor, incineration plant and kitchen-waste plant: " + lines);
        for (JsonValue v : carbon.getJsonArray("byRoute")) {
            JsonObject route = v.asJsonObject();
            String name = route.getString("route");
            BigDecimal cityTonnes = route.getJsonNumber("weightKg").bigDecimalValue().movePointLeft(3);
            if (name.equals("LANDFILL")) {
                assertEquals(null, tonnes.get(name), "landfills avoid nothing and are no project");
            } else {
                // each row's tonnes are rounded to the kilogram
                assertTrue(tonnes.getOrDefault(name, BigDecimal.ZERO).subtract(cityTonnes).abs().compareTo(new BigDecimal("0.001").multiply(
                        BigDecimal.valueOf(rows))) <= 0, name + ": " + tonnes + " against " + cityTonnes);
            }
        }
        // each row's tonnes of CO2e are rounded to three places: the sum is the city's within half a unit a row
        assertTrue(avoided.subtract(carbon.getJsonNumber("avoidedTCo2e").bigDecimalValue()).abs()
                .compareTo(new BigDecimal("0.0005").multiply(BigDecimal.valueOf(rows + 4))) <= 0, avoided + " against " + carbon);
        assertEquals(403, api.download("api/v1/exports/carbon-projects?format=csv&" + range, "officer-jj").status());
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
        assertEquals(404, api.get("api/v1/carbon-factor-sets/" + tag, "bureau").status());
        String good = missingKitchen.replace("{\"route\":\"RECYCLING\"", "{\"route\":\"KITCHEN_TREATMENT\",\"tCo2ePerTonne\":0.05},{\"route\":\"RECYCLING\"");
        assertEquals(403, api.post("api/v1/carbon-factor-sets", "officer-jj", good).status());
        assertEquals(403, api.post("api/v1/carbon-factor-sets", "admin", good).status());
        assertEquals(404, api.get("api/v1/carbon-factor-sets/" + tag, "bureau").status());
    }

    private static JsonObject components(Api api, LocalDate from, LocalDate to) {
        return api.get("api/v1/indicators?scope=CITY&from=" + from + "&to=" + to, "bureau").json().getJsonObject("resourceUtilisation")
                .getJsonObject("components");
    }

    private static BigDecimal avoided(BigDecimal kg, BigDecimal landfill, BigDecimal route) {
        return kg.multiply(landfill.subtract(route)).divide(BigDecimal.valueOf(1000)).setScale(3, RoundingMode.HALF_UP);
    }
}
