package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.wastenet.shared.DemoCalendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The pages of issue 19 in a real headless Chromium, as their users read them: the district officer's charges of a month
 * (the district's total, residential and non-residential as {@code GET /charges/districts} answers them, frozen with the
 * locked return), a community's lines, a producer above its quota with its statement and the pickups behind it, the month
 * of the mid-month tariff change, the compensation the district owes and receives with a line's records adding up to its
 * kilograms; the bureau's carbon beside the rates, equal to the indicator answer and to the routes' tonnes times the factor
 * set's factors. Chinese and English, axe-core. The tests only read the demo's records: nothing is written.
 */
@ExtendWith(ArquillianExtension.class)
class ChargesPagesIT extends PageTest {
    static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    static final String JINJIANG = "510104";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    // ---- helpers

    /** The texts of the cells a selector finds, read in one call. */
    @SuppressWarnings("unchecked")
    List<String> texts(String css) {
        return (List<String>) js().executeScript("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim())", css);
    }

    /** A field the answer leaves out (JSON-B writes no null) or gives as null. */
    static boolean none(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    static BigDecimal dec(JsonObject o, String field) {
        return none(o, field) ? null : o.getJsonNumber(field).bigDecimalValue();
    }

    /** An amount as the pages show it: "1,234.56 元" in Chinese, "¥1,234.56" in English. */
    static String yuan(BigDecimal v, boolean english) {
        String n = grouped(v, 2);
        return english ? (n.startsWith("-") ? "-¥" + n.substring(1) : "¥" + n) : n + " 元";
    }

    static String grouped(BigDecimal v, int digits) {
        DecimalFormat f = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }

    /** A number as the pages' num() shows it: grouped, at most {@code digits} decimals, no trailing zeros. */
    static BigDecimal parse(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9.\\-]", ""));
    }

    static String month(YearMonth m) {
        return m.toString();
    }

    /** The month of the demo's mid-month tariff change (a new NR-KITCHEN version from the 16th of the second demo month). */
    static YearMonth changeMonth() {
        return DemoCalendar.firstMonth(LocalDate.now(CITY)).plusMonths(1);
    }

    static List<JsonObject> items(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    // ---- the district officer

    @Test
    void theDistrictOfficerSeesTheMonthsChargesACommunitysLinesAProducersStatementWithItsPickupsAndTheCompensation() throws Exception {
        Api api = new Api(url);
        YearMonth m = changeMonth();
        String period = month(m);
        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn("officer-jj", "district.html");
        choose("month", m.toString());

        // the district's charges of the month, as GET /charges/districts answers them; residential and non-residential add up
        JsonObject district = items(api.get("api/v1/charges/districts?period=" + period, "officer-jj")).stream()
                .filter(d -> d.getString("districtCode").equals(JINJIANG)).findFirst().orElseThrow();
        BigDecimal total = dec(district, "totalYuan");
        assertEquals(0, total.compareTo(dec(district, "residentialYuan").add(dec(district, "nonResidentialYuan"))), district::toString);
        assertTrue(total.signum() > 0, "the demo charges Jinjiang: " + district);
        textIn("#charges-district tr[data-kind='total'] td", yuan(total, false));
        assertEquals(yuan(dec(district, "residentialYuan"), false), visible("#charges-district tr[data-kind='residential'] td").getText());
        assertEquals(yuan(dec(district, "nonResidentialYuan"), false), visible("#charges-district tr[data-kind='nonResidential'] td").getText());
        String state = visible("#charges-state").getText();
        if (district.getBoolean("frozen")) {
            assertEquals("已冻结，第 " + district.getInt("version") + " 版", state);
        } else {
            assertTrue(state.contains("按当前记录计算"), state);
        }
        assertTrue(visible("#charges-export").isEnabled());
        assertTrue(visible("#charges-export-xlsx").isEnabled());

        // a community's lines: category, tariff, tier, quantity, price, amount, as its statement has them
        var communities = api.get("api/v1/charges/communities?districtCode=" + JINJIANG + "&period=" + period + "&page=0&size=20", "officer-jj");
        JsonObject community = items(communities).stream().filter(c -> !c.getJsonArray("lines").isEmpty()).findFirst().orElseThrow();
        String code = community.getString("communityCode");
        String group = "#community-charges-table tbody[data-community='" + code + "']";
        visible(group);
        var lines = community.getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(lines.stream().map(l -> yuan(dec(l, "amountYuan"), false)).toList(), texts(group + " td.amount"), "the community's amounts");
        assertEquals(lines.stream().map(l -> none(l, "tariffCode") ? "—" : l.getString("tariffCode")).toList(),
                texts(group + " tr[data-tier] td[translate='no']"), "each line's tariff");
        BigDecimal sum = lines.stream().map(l -> dec(l, "amountYuan")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(dec(community, "totalYuan")), "a statement's total is the sum of its lines: " + community);
        assertEquals(yuan(sum, false), visible(group + " td.statement-total").getText());
        for (JsonObject l : lines) {
            if (!none(l, "households") && !none(l, "priceYuan")) {
                // per household and month: households × price × days ÷ the month's days, to the fen
                BigDecimal expected = BigDecimal.valueOf(l.getInt("households")).multiply(dec(l, "priceYuan")).multiply(BigDecimal.valueOf(l.getInt("days")))
                        .divide(BigDecimal.valueOf(m.lengthOfMonth()), 2, RoundingMode.HALF_UP);
                assertEquals(0, expected.compareTo(dec(l, "amountYuan")), "per household: " + l);
                assertTrue(browser.findElement(By.cssSelector(group)).getText().contains(grouped(BigDecimal.valueOf(l.getInt("households")), 0) + " 户 × " + l.getInt("days") + " 天"));
            }
        }

        // a producer above its quota: its statement lines (quota, tiers) and the pickups behind it
        List<JsonObject> producers = items(api.get("api/v1/charges/producers?districtCode=" + JINJIANG + "&period=" + period + "&size=1000", "officer-jj"));
        int at = -1;
        for (int i = 0; i < producers.size() && at < 0; i++) {
            if (producers.get(i).getJsonArray("lines").stream().anyMatch(l -> !none(l.asJsonObject(), "tier") && l.asJsonObject().getInt("tier") > 0)) {
                at = i;
            }
        }
        assertTrue(at >= 0, "the demo has producers above their quota in Jinjiang: " + producers.size() + " producers");
        JsonObject above = producers.get(at);
        String producer = above.getString("producerCode");
        for (int page = 0; page < at / 20; page++) {
            visible("#producers-pager button.next").click();
        }
        WebElement row = visible("#producer-charges-table tr[data-producer='" + producer + "']");
        assertEquals("true", row.getAttribute("data-above"));
        assertTrue(row.getText().contains("超定额"), row.getText());
        assertTrue(row.getText().contains(yuan(dec(above, "totalYuan"), false)), row.getText());
        WebElement open = row.findElement(By.cssSelector("button.open-statement"));
        assertEquals("false", open.getAttribute("aria-expanded"));
        open.sendKeys(org.openqa.selenium.Keys.ENTER);
        visible("#producer-statement[data-producer='" + producer + "'] #statement-lines");
        assertEquals("true", open.getAttribute("aria-expanded"));
        assertEquals("statement-title", browser.switchTo().activeElement().getAttribute("id"), "the focus moves to the statement's heading");

        JsonObject statement = api.get("api/v1/charges?producerCode=" + producer + "&period=" + period, "officer-jj").json();
        var stLines = statement.getJsonArray("lines").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(stLines.stream().map(l -> yuan(dec(l, "amountYuan"), false)).toList(), texts("#statement-lines td.amount"));
        assertEquals(stLines.stream().map(l -> none(l, "tier") ? "" : String.valueOf(l.getInt("tier"))).toList(),
                browser.findElements(By.cssSelector("#statement-lines tbody tr")).stream().map(e -> e.getAttribute("data-tier")).toList(),
                "the tiers, in the statement's order");
        assertTrue(texts("#statement-lines tbody tr").stream().anyMatch(x -> x.contains("超定额第 1 档")), "tier 1 named");
        assertEquals(yuan(dec(statement, "totalYuan"), false), visible("#statement-lines td.statement-total").getText());
        // each tier is charged on exactly its kilograms: kg × price ÷ 1000 to the fen; the kilograms add up to the pickups'
        BigDecimal charged = BigDecimal.ZERO;
        for (JsonObject l : stLines) {
            charged = charged.add(dec(l, "weightKg"));
            if (!none(l, "priceYuan")) {
                assertEquals(0, dec(l, "weightKg").multiply(dec(l, "priceYuan")).divide(BigDecimal.valueOf(1000), 2, RoundingMode.HALF_UP)
                        .compareTo(dec(l, "amountYuan")), "a line is its kilograms at its price: " + l);
            }
        }
        List<JsonObject> pickups = items(api.get("api/v1/charges/records?producerCode=" + producer + "&period=" + period + "&size=1000", "officer-jj"));
        BigDecimal picked = pickups.stream().map(p -> dec(p, "weightKg")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, picked.compareTo(charged), "the statement charges exactly the weighed pickups");
        List<JsonObject> firstPage = items(api.get("api/v1/charges/records?producerCode=" + producer + "&period=" + period + "&page=0&size=50", "officer-jj"));
        assertEquals(firstPage.stream().map(p -> p.getString("manifestNo")).toList(), texts("#statement-pickups tbody td[translate='no']"),
                "the pickups of the first page, as the API pages them");
        if (pickups.size() > 50) {
            visible("#pickups-pager button.next").click();
            List<JsonObject> second = items(api.get("api/v1/charges/records?producerCode=" + producer + "&period=" + period + "&page=1&size=50", "officer-jj"));
            waiting().until(d -> texts("#statement-pickups tbody td[translate='no']").equals(second.stream().map(p -> p.getString("manifestNo")).toList()));
        }

        // the month of the mid-month change: some producer is charged at both versions, each day at the one valid then
        Set<String> tariffs = producers.stream().flatMap(p -> p.getJsonArray("lines").stream().map(l -> l.asJsonObject()))
                .filter(l -> !none(l, "tariffCode")).map(l -> l.getString("tariffCode")).collect(Collectors.toSet());
        assertTrue(tariffs.size() >= 2, "the demo changes the producers' tariff on the 16th of " + period + ": " + tariffs);
        JsonObject both = producers.stream().filter(p -> p.getJsonArray("lines").stream().filter(l -> !none(l.asJsonObject(), "tariffCode"))
                .map(l -> l.asJsonObject().getString("tariffCode")).distinct().count() >= 2).findFirst().orElseThrow();
        int bothAt = producers.indexOf(both);
        int shownPage = at / 20;
        while (shownPage != bothAt / 20) {
            visible("#producers-pager button." + (shownPage < bothAt / 20 ? "next" : "prev")).click();
            shownPage += shownPage < bothAt / 20 ? 1 : -1;
        }
        visible("#producer-charges-table tr[data-producer='" + both.getString("producerCode") + "'] button.open-statement").click();
        visible("#producer-statement[data-producer='" + both.getString("producerCode") + "'] #statement-lines");
        assertEquals(both.getJsonArray("lines").stream().map(l -> none(l.asJsonObject(), "tariffCode") ? "—" : l.asJsonObject().getString("tariffCode")).toList(),
                texts("#statement-lines tbody td[translate='no']"), "both tariff versions, line by line");
        shot("district-charges-zh-1366");

        // compensation: owed, received and net as the API answers them; net = received − owed
        JsonObject compensation = api.get("api/v1/compensation?period=" + period, "officer-jj").json();
        JsonObject balance = compensation.getJsonArray("districts").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("districtCode").equals(JINJIANG)).findFirst().orElseThrow();
        assertEquals(0, dec(balance, "netYuan").compareTo(dec(balance, "receivedYuan").subtract(dec(balance, "owedYuan"))), balance::toString);
        assertEquals(yuan(dec(balance, "owedYuan"), false), visible("#compensation-balance tr[data-kind='owed'] td").getText());
        assertEquals(yuan(dec(balance, "receivedYuan"), false), visible("#compensation-balance tr[data-kind='received'] td").getText());
        assertEquals(yuan(dec(balance, "netYuan"), false), visible("#compensation-balance tr[data-kind='net'] td").getText());
        var mine = compensation.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("payerDistrictCode").equals(JINJIANG) || l.getString("hostDistrictCode").equals(JINJIANG)).toList();
        assertEquals(mine.size(), browser.findElements(By.cssSelector("#compensation-lines tbody tr")).size(), "the lines Jinjiang pays or receives");
        BigDecimal owed = mine.stream().filter(l -> l.getString("payerDistrictCode").equals(JINJIANG)).map(l -> dec(l, "amountYuan"))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, owed.compareTo(dec(balance, "owedYuan")), "owed is the sum of the lines it pays");
        JsonObject pays = mine.stream().filter(l -> l.getString("payerDistrictCode").equals(JINJIANG)).findFirst().orElseThrow(
                () -> new AssertionError("Jinjiang's kitchen waste goes to 邛崃's and 简阳's plants: it pays compensation in " + period));
        assertEquals(0, dec(pays, "weightKg").multiply(dec(pays, "yuanPerTonne")).divide(BigDecimal.valueOf(1000), 2, RoundingMode.HALF_UP)
                .compareTo(dec(pays, "amountYuan")), "a line is its tonnes at the rate: " + pays);
        String line = "#compensation-lines tr[data-payer='" + JINJIANG + "'][data-host='" + pays.getString("hostDistrictCode") + "'][data-facility='"
                + pays.getString("facilityCode") + "']";
        assertTrue(visible(line).getText().contains(yuan(dec(pays, "amountYuan"), false)));
        // its records: the indicators' drill-down, whose receipts at the plant add up to the line's kilograms
        visible(line + " button.open-records").click();
        visible("#comp-records-table");
        textIn("#comp-records-sum", "条记录");
        List<String> counted = texts("#comp-records-table td.counted");
        assertFalse(counted.isEmpty(), "the line's receipts");
        BigDecimal countedSum = counted.stream().map(ChargesPagesIT::parse).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, countedSum.compareTo(dec(pays, "weightKg")), "the records behind the line add up to its kilograms");
        assertEquals("comp-records-title", browser.switchTo().activeElement().getAttribute("id"));
        Axe.noSeriousViolations(browser, "district.html with charges and compensation");
        shot("district-compensation-zh-1366");

        // in English: the same figures, the statement and the records still open, no label left in Chinese
        browser.findElement(By.id("lang-switch")).click();
        textIn("#charges-district tr[data-kind='total'] td", yuan(total, true));
        textIn("#compensation-balance tr[data-kind='net'] td", yuan(dec(balance, "netYuan"), true));
        textIn("#charges-title", "Waste charges");
        textIn("#statement-title", "Statement of " + both.getString("producerCode"));
        textIn("#comp-records-sum", "records, counted");
        String stateEn = visible("#charges-state").getText();
        assertEquals(district.getBoolean("frozen") ? "frozen, version " + district.getInt("version") : "computed from the records now (the return is not locked)",
                stateEn);
        labelsInEnglish("the district page in English");
        Axe.noSeriousViolations(browser, "district.html with charges in English");
        shot("district-charges-en-1366");
    }

    @Test
    void aLockedReturnsChargesAreShownFrozenWithTheLocksVersion() throws Exception {
        Api api = new Api(url);
        YearMonth first = DemoCalendar.firstMonth(LocalDate.now(CITY));
        String found = null;
        YearMonth foundMonth = null;
        for (YearMonth m = first; m.isBefore(YearMonth.now(CITY)) && found == null; m = m.plusMonths(1)) {
            for (JsonObject r : items(api.get("api/v1/returns?period=" + m, "bureau"))) {
                if (r.getString("status").equals("LOCKED")) {
                    found = r.getString("districtCode");
                    foundMonth = m;
                    break;
                }
            }
        }
        assertTrue(found != null, "the demo has returns in every status, a locked one among them");
        String d = found;
        JsonObject charges = items(api.get("api/v1/charges/districts?period=" + foundMonth, "bureau")).stream()
                .filter(x -> x.getString("districtCode").equals(d)).findFirst().orElseThrow();
        assertTrue(charges.getBoolean("frozen"), "a locked return's charges are frozen: " + charges);
        var versions = items(api.get("api/v1/charges/versions?districtCode=" + d + "&period=" + foundMonth, "bureau"));
        assertEquals(versions.get(versions.size() - 1).getInt("version"), charges.getInt("version"), "the latest lock's version is answered");

        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn("bureau", "bureau.html");
        browser.get(url + "district.html");
        choose("district", d);
        choose("month", foundMonth.toString());
        textIn("#charges-district[data-district='" + d + "'] tr[data-kind='total'] td", yuan(dec(charges, "totalYuan"), false));
        textIn("#charges-state", "已冻结，第 " + charges.getInt("version") + " 版");
        browser.findElement(By.id("lang-switch")).click();
        textIn("#charges-state", "frozen, version " + charges.getInt("version"));
    }

    // ---- the bureau

    @Test
    void theBureauSeesTheCitysAvoidedEmissionsBesideTheRatesByRouteWithTheFactorSet() throws Exception {
        Api api = new Api(url);
        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn("bureau", "bureau.html");
        String month = chosen("#month");
        YearMonth m = YearMonth.parse(month);
        JsonObject carbon = api.get("api/v1/indicators?scope=CITY&from=" + m.atDay(1) + "&to=" + m.atEndOfMonth(), "bureau").json().getJsonObject("carbon");
        BigDecimal avoided = dec(carbon, "avoidedTCo2e");
        textIn("#carbon-total", grouped(avoided, 3) + " 吨 CO₂e");
        textIn("#carbon-set", carbon.getString("factorSet"));
        var routes = carbon.getJsonArray("byRoute").stream().map(JsonValue::asJsonObject).toList();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonObject r : routes) {
            WebElement row = visible("#carbon-routes tr[data-route='" + r.getString("route") + "']");
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertEquals(grouped(dec(r, "tCo2e"), 3) + " 吨 CO₂e", cells.get(1), r::toString);
            sum = sum.add(dec(r, "tCo2e"));
        }
        assertEquals(0, sum.compareTo(avoided), "the total is the sum of the routes");
        // by hand: each route's tonnes × (the landfill factor − the route's factor), to three places, with the set the answer names
        String set = carbon.getString("factorSet");
        if (!set.contains(",")) {
            JsonObject factors = api.get("api/v1/carbon-factor-sets/" + set, "bureau").json();
            Map<String, BigDecimal> f = new HashMap<>();
            factors.getJsonArray("factors").stream().map(JsonValue::asJsonObject).filter(x -> none(x, "material"))
                    .forEach(x -> f.put(x.getString("route"), dec(x, "tCo2ePerTonne")));
            for (JsonObject r : routes) {
                BigDecimal expected = dec(r, "weightKg").divide(BigDecimal.valueOf(1000)).multiply(f.get("LANDFILL").subtract(f.get(r.getString("route"))))
                        .setScale(3, RoundingMode.HALF_UP);
                assertEquals(0, expected.compareTo(dec(r, "tCo2e")), "route " + r + " with " + f);
            }
            assertTrue(visible("#carbon-card .carbon-source[data-set='" + set + "']").getText().contains(factors.getString("source")));
        }
        // each district's avoided emissions, as its own answer gives them
        JsonObject jj = api.get("api/v1/indicators?scope=" + JINJIANG + "&from=" + m.atDay(1) + "&to=" + m.atEndOfMonth(), "bureau").json().getJsonObject("carbon");
        visible("#carbon-districts summary").click();
        List<String> jjCells = visible("#carbon-district-table tr[data-district='" + JINJIANG + "']").findElements(By.tagName("td")).stream()
                .map(WebElement::getText).toList();
        assertEquals(grouped(dec(jj, "avoidedTCo2e"), 3) + " 吨 CO₂e", jjCells.get(jjCells.size() - 1));
        Axe.noSeriousViolations(browser, "bureau.html with carbon");
        shot("bureau-carbon-zh-1366");

        browser.findElement(By.id("lang-switch")).click();
        textIn("#carbon-total", grouped(avoided, 3) + " t CO₂e");
        textIn("#carbon-title", "Emissions avoided");
        textIn("#carbon-routes tr[data-route='INCINERATION'] th", "Incineration with energy recovery");
        labelsInEnglish("the bureau page in English");
        Axe.noSeriousViolations(browser, "bureau.html with carbon in English");
        shot("bureau-carbon-en-1366");

        // the wall screen shows it beside its rates too, for its own period (this month up to yesterday; last month on the 1st)
        LocalDate yesterday = LocalDate.now(CITY).minusDays(1);
        JsonObject wall = api.get("api/v1/indicators?scope=CITY&from=" + yesterday.withDayOfMonth(1) + "&to=" + yesterday, "bureau").json()
                .getJsonObject("carbon");
        browser.manage().window().setSize(new Dimension(1920, 1080));
        browser.get(url + "wall.html");
        textIn("#wall-carbon-total", grouped(dec(wall, "avoidedTCo2e"), 0) + " t CO₂e");
        textIn("#wall-carbon", wall.getString("factorSet"));
    }
}
