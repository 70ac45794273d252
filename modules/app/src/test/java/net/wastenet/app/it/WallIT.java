package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bureau's wall screen: its three answers (today's weighings, alerts, the month's flows) against the
 * figures they must agree with, the demo city's calibration, and the page itself at 1920 x 1080 in a real
 * headless Chromium (no scrollbar, 23 districts drawn and coloured, a new weighing moving today's total on the
 * next automatic refresh, Chinese and English). Screenshots land in target/screenshots (wall-zh, wall-en).
 */
@ExtendWith(ArquillianExtension.class)
class WallIT {
    static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    static final LocalDate TODAY = LocalDate.now(CITY);
    static final YearMonth LAST_MONTH = YearMonth.from(TODAY).minusMonths(1);
    static final Path SHOTS = Path.of("target", "screenshots");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    static JsonObject weighing(String kg, String key) {
        return Json.createObjectBuilder().add("pointCode", "JJ-P001").add("category", "RESIDUAL").add("weightKg", new BigDecimal(kg))
                .add("weighedAt", earlierToday().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)).add("clientKey", key).build();
    }

    /** Two minutes ago, but never before today's midnight: the wall counts today's weighings, also just after midnight. */
    static OffsetDateTime earlierToday() {
        OffsetDateTime now = OffsetDateTime.now(CITY).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime midnight = now.truncatedTo(ChronoUnit.DAYS);
        return now.minusMinutes(2).isBefore(midnight) ? midnight : now.minusMinutes(2);
    }

    static BigDecimal kg(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    static JsonObject category(JsonObject today, String category) {
        return today.getJsonArray("categories").stream().map(JsonValue::asJsonObject).filter(c -> c.getString("category").equals(category))
                .findFirst().orElseThrow();
    }

    @Test
    void todaysWeighingsByCategoryCountANewWeighingAtOnce() {
        Api api = new Api(url);
        var before = api.get("api/v1/wall/today", "bureau");
        assertEquals(200, before.status(), before::toString);
        assertEquals(List.of("RECYCLABLE", "HAZARDOUS", "KITCHEN", "RESIDUAL"), before.json().getJsonArray("categories").stream()
                .map(c -> c.asJsonObject().getString("category")).toList());
        assertEquals(TODAY.toString(), before.json().getString("day"));
        var logged = api.post("api/v1/tonnage-logs", "station-jj01", weighing("37.5", "wall-" + UUID.randomUUID()));
        assertEquals(201, logged.status(), logged::toString);
        JsonObject after = api.get("api/v1/wall/today", "bureau").json();
        JsonObject residualBefore = category(before.json(), "RESIDUAL");
        JsonObject residualAfter = category(after, "RESIDUAL");
        assertTrue(kg(residualAfter, "kg").subtract(kg(residualBefore, "kg")).compareTo(new BigDecimal("37.5")) >= 0, after::toString);
        assertTrue(residualAfter.getInt("weighings") > residualBefore.getInt("weighings"));
        BigDecimal sum = after.getJsonArray("categories").stream().map(c -> kg(c.asJsonObject(), "kg")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(kg(after, "totalKg")), "the total is the sum of the categories");
        assertEquals(403, api.get("api/v1/wall/today", "officer-jj").status(), "the wall is the bureau's");
    }

    @Test
    void theMonthsFlowsAddUpToTheIndicatorsComponents() {
        Api api = new Api(url);
        var reply = api.get("api/v1/wall/flows?month=" + LAST_MONTH, "bureau");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject flows = reply.json();
        assertEquals(LAST_MONTH.atEndOfMonth().toString(), flows.getString("to"));
        Map<String, BigDecimal> links = new HashMap<>();
        BigDecimal newWaste = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        BigDecimal recovered = BigDecimal.ZERO;
        for (JsonValue v : flows.getJsonArray("links")) {
            JsonObject l = v.asJsonObject();
            String from = l.getString("from");
            String to = l.getString("to");
            boolean fresh = List.of("POINT", "DISTRICT", "PRODUCER").contains(from);
            links.merge(from + ">" + to, kg(l, "kg"), BigDecimal::add);
            if (fresh && !l.getBoolean("residue")) {
                newWaste = newWaste.add(kg(l, "kg"));
            }
            if (fresh && List.of("INCINERATION_PLANT", "LANDFILL", "KITCHEN_WASTE_PLANT", "HAZARDOUS_WASTE_FACILITY").contains(to)) {
                collected = collected.add(kg(l, "kg"));
            }
            if (to.equals("RECYCLING_PROCESSOR") && !l.getBoolean("residue") && (from.equals("POINT") || from.equals("SORTING_CENTRE"))) {
                recovered = recovered.add(kg(l, "kg"));
            }
        }
        assertEquals(0, newWaste.compareTo(kg(flows, "totalKg")), flows::toString);
        for (String link : List.of("POINT>SORTING_CENTRE", "SORTING_CENTRE>RECYCLING_PROCESSOR", "DISTRICT>INCINERATION_PLANT",
                "DISTRICT>KITCHEN_WASTE_PLANT", "POINT>KITCHEN_WASTE_PLANT", "RECYCLING_PROCESSOR>LANDFILL")) {
            assertTrue(links.containsKey(link), link + " in " + links.keySet());
        }
        JsonObject parts = api.get("api/v1/indicators?scope=CITY&from=" + LAST_MONTH.atDay(1) + "&to=" + LAST_MONTH.atEndOfMonth(), "bureau")
                .json().getJsonObject("resourceUtilisation").getJsonObject("components");
        assertEquals(0, collected.compareTo(kg(parts, "collectedKg")), "C: " + collected + " vs " + parts);
        assertEquals(0, recovered.compareTo(kg(parts, "recoveredKg")), "R: " + recovered + " vs " + parts);

        var bad = api.get("api/v1/wall/flows?month=2026-13", "bureau");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(List.of("month"), bad.errorFields());
        assertEquals(400, api.get("api/v1/wall/flows?month=" + YearMonth.from(TODAY).plusMonths(1), "bureau").status());
        assertEquals(403, api.get("api/v1/wall/flows", "station-jj01").status());
    }

    @Test
    void theAlertsCountEveryOpenWarningAndNameTheReturnsPastDue() {
        Api api = new Api(url);
        var reply = api.get("api/v1/wall/alerts", "bureau");
        assertEquals(200, reply.status(), reply::toString);
        JsonObject alerts = reply.json();
        JsonObject open = alerts.getJsonObject("openWarnings");
        assertEquals(List.of("POINT_DAY_UNUSUAL", "FACILITY_OVER_CAPACITY", "MANIFEST_DISCREPANCY", "RECTIFICATION_OVERDUE"), List.copyOf(open.keySet()));
        long sum = open.values().stream().mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
        assertEquals(sum, alerts.getJsonNumber("openWarningsTotal").longValue());
        long listed = api.get("api/v1/warnings?confirmed=false&size=1", "bureau").json().getJsonNumber("total").longValue();
        assertEquals(listed, sum, "the same open warnings as GET /warnings?confirmed=false");
        assertTrue(alerts.getJsonArray("newestWarnings").size() <= 8);
        // the demo leaves Jinjiang's returns as drafts: the one of two months ago is past its due date
        String period = YearMonth.from(TODAY).minusMonths(2).toString();
        assertTrue(alerts.getJsonArray("lateReturns").stream().map(JsonValue::asJsonObject)
                .anyMatch(r -> r.getString("districtCode").equals("510104") && r.getString("period").equals(period)), alerts::toString);
    }

    /** The demo is calibrated to Chengdu's published figures (docs/indicators.md): about 35 % recovery, coverage about 90 %, districts apart. */
    @Test
    void theDemoCityLooksLikeChengdu() {
        var all = new Api(url).get("api/v1/indicators/districts?from=" + LAST_MONTH.atDay(1) + "&to=" + LAST_MONTH.atEndOfMonth(), "bureau").json();
        double recovery = all.getJsonObject("city").getJsonObject("recoveryRate").getJsonNumber("rate").doubleValue();
        double coverage = all.getJsonObject("city").getJsonObject("coverage").getJsonNumber("rate").doubleValue();
        assertTrue(recovery > 30 && recovery < 40, "recovery " + recovery);
        assertTrue(coverage > 88, "coverage " + coverage);
        var rates = all.getJsonArray("districts").stream().map(d -> d.asJsonObject().getJsonObject("recoveryRate").get("rate"))
                .filter(r -> r.getValueType() == JsonValue.ValueType.NUMBER).mapToDouble(r -> ((jakarta.json.JsonNumber) r).doubleValue()).toArray();
        assertEquals(23, rates.length);
        double min = java.util.Arrays.stream(rates).min().orElseThrow();
        double max = java.util.Arrays.stream(rates).max().orElseThrow();
        assertTrue(max - min > 5 && min > 15 && max < 55, "districts differ as real ones do: " + min + " to " + max);
    }

    @Test
    void theWallScreenFitsOneScreenDrawsEveryDistrictAndRefreshesItself() throws Exception {
        ChromeDriver browser = PageBrowser.start("--window-size=1920,1080");
        try {
            // exactly the wall's screen: 1920 x 1080 CSS pixels of viewport
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1920, "height", 1080, "deviceScaleFactor", 1, "mobile", false));
            WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(60));
            JavascriptExecutor js = browser;
            browser.get(url + "index.html");
            waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("bureau");
            browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
            browser.findElement(By.id("signin-submit")).click();
            waiting.until(ExpectedConditions.urlContains("bureau.html"));
            browser.get(url + "wall.html?refresh=3");
            waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "成都市生活垃圾分类监管大屏"));
            try {
                waiting.until(d -> "23".equals(d.findElement(By.id("map")).getAttribute("data-regions"))
                        && "23".equals(d.findElement(By.id("map")).getAttribute("data-coloured")));
            } catch (org.openqa.selenium.TimeoutException e) {
                shot(browser, "wall-failed");
                throw new AssertionError("map: regions " + browser.findElement(By.id("map")).getAttribute("data-regions") + ", coloured "
                        + browser.findElement(By.id("map")).getAttribute("data-coloured") + ", message "
                        + browser.findElement(By.id("message")).getText() + ", console "
                        + browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList(), e);
            }
            assertTrue(Integer.parseInt(browser.findElement(By.id("map")).getAttribute("data-points")) > 300, "every point on the map");
            waiting.until(d -> d.findElements(By.cssSelector("#ranking-table tr[data-district]")).size() == 23);
            assertEquals(Boolean.TRUE, js.executeScript("const last = [...document.querySelectorAll('#ranking-table tr')].pop().getBoundingClientRect(); "
                    + "return last.bottom <= document.getElementById('ranking-panel').getBoundingClientRect().bottom"), "all 23 districts of the ranking in view");
            waiting.until(d -> Integer.parseInt(d.findElement(By.id("sankey")).getAttribute("data-links")) >= 5);
            for (String rate : List.of("coverage", "recovery", "resource", "harmless")) {
                assertTrue(browser.findElement(By.id("rate-" + rate)).getText().contains("目标"), rate);
            }
            assertTrue(browser.findElement(By.id("alert-late")).getText().matches("(?s).*[1-9].*"), "Jinjiang's late returns");
            assertEquals(List.of(1920L, 1080L), js.executeScript("return [innerWidth, innerHeight]"));
            assertEquals(Boolean.TRUE, js.executeScript("const e = document.documentElement; "
                    + "return e.scrollHeight <= e.clientHeight && e.scrollWidth <= e.clientWidth && innerWidth === e.clientWidth"),
                    "no scrollbar at 1920 x 1080");
            String updated = browser.findElement(By.id("updated")).getText();
            assertTrue(updated.matches("\\d\\d:\\d\\d:\\d\\d"), updated);
            String screen = browser.findElement(By.tagName("body")).getText();
            assertTrue(!screen.matches("(?s).*\\bwall\\.[a-zA-Z]+\\..*"), "a label shown as its key (a translation missing): " + screen);

            // a weighing comes in: the next automatic refresh shows it
            BigDecimal before = new BigDecimal(browser.findElement(By.id("today-total")).getAttribute("data-kg"));
            String shown = browser.findElement(By.id("today-total")).getText();
            var logged = new Api(url).post("api/v1/tonnage-logs", "station-jj01", weighing("860", "wall-page-" + UUID.randomUUID()));
            assertEquals(201, logged.status(), logged::toString);
            waiting.until(d -> new BigDecimal(d.findElement(By.id("today-total")).getAttribute("data-kg")).compareTo(before) > 0);
            assertTrue(!shown.equals(browser.findElement(By.id("today-total")).getText()), "the number on the screen moved");
            shot(browser, "wall-zh");

            // axe-core on the screen as the refresh left it, held still (an hour's interval) so that no redraw runs under it
            browser.get(url + "wall.html?refresh=3600");
            waiting.ignoring(NumberFormatException.class).until(d -> "23".equals(d.findElement(By.id("map")).getAttribute("data-coloured"))
                    && d.findElements(By.cssSelector("#ranking-table tr[data-district]")).size() == 23
                    && Integer.parseInt(d.findElement(By.id("sankey")).getAttribute("data-links")) >= 5
                    && d.findElement(By.id("updated")).getText().matches("\\d\\d:\\d\\d:\\d\\d"));
            Axe.noSeriousViolations(browser, "wall.html zh");

            browser.findElement(By.id("lang-switch")).click();
            waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Chengdu household waste"));
            waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rate-recovery"), "target"));
            assertEquals("en", js.executeScript("return document.documentElement.lang"));
            assertEquals(Boolean.TRUE, js.executeScript("const e = document.documentElement; return e.scrollHeight <= e.clientHeight && e.scrollWidth <= e.clientWidth"));
            Axe.noSeriousViolations(browser, "wall.html en");
            shot(browser, "wall-en");

            List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue() || e.getMessage().contains("Content Security Policy"))
                    .map(LogEntry::getMessage).toList();
            assertTrue(errors.isEmpty(), "no script error and nothing the Content-Security-Policy refuses: " + errors);
        } finally {
            PageBrowser.stop(browser);
        }
    }

    static void shot(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(SHOTS);
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
