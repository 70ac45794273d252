package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromedriver, which .ci/run installs):
 * each user signs in, does their work through the page, sees refusals explained, and switches language.
 * Screenshots land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class PagesIT extends PageTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aWrongPasswordIsSaidPlainlyInChinese() {
        browser.manage().window().setSize(new Dimension(1200, 900));
        browser.get(url + "index.html");
        assertEquals("登录", visible("#signin h1").getText());
        browser.findElement(By.id("username")).sendKeys("station-jj01");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("signin-submit")).click();
        textIn("#signin-message", "用户名或密码不正确");
    }

    @Test
    void theHomePageShowsEachRoleWhatItDoes() {
        browser.manage().window().setSize(new Dimension(1200, 900));
        signIn("admin", "index.html");
        textIn("#hello", "admin");
        assertTrue(visible("#go-admin").getText().contains("管理员"));
    }

    @Test
    void stationStaffLogAWeighingOnAPhoneCorrectItAndSeeRefusalsExplained() throws Exception {
        browser.manage().window().setSize(new Dimension(360, 800));
        signIn("station-jj01", "station.html");
        assertEquals("投放站称重登记", visible("h1").getText());
        visible("#entries");
        long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertTrue(width <= 360, "no sideways scrolling on a 360-px phone, page is " + width + " px wide");
        choose("point", "JJ-P001");
        browser.findElement(By.id("cat-KITCHEN")).click();
        browser.findElement(By.id("weight")).sendKeys("abc");
        browser.findElement(By.id("log-submit")).click();
        textIn("#log-message", "重量请填写数字");
        assertEquals("true", browser.findElement(By.id("weight")).getAttribute("aria-invalid"));
        browser.findElement(By.id("weight")).clear();
        browser.findElement(By.id("weight")).sendKeys("0");
        browser.findElement(By.id("log-submit")).click();
        // the server's refusal, once, in Chinese, naming the field by its label
        textIn("#log-message", "重量（千克）:");
        String refusal = browser.findElement(By.id("log-message")).getText();
        assertTrue(refusal.contains("千克") && !refusal.contains("weightKg") && !refusal.contains("Invalid"), refusal);
        assertTrue(browser.findElement(By.id("log-message")).getAttribute("class").contains("error"));
        assertEquals("log-message", browser.findElement(By.id("weight")).getAttribute("aria-describedby"));
        // the messages, and the offline queue's, are announced
        assertEquals("polite", browser.findElement(By.id("log-message")).getAttribute("aria-live"));
        assertEquals("polite", browser.findElement(By.id("queue-status")).getAttribute("aria-live"));

        // the four tiles filled in the GB/T 19095 colours of app.css, the unchosen ones as much as the chosen one
        var colours = java.util.Map.of("RECYCLABLE", "#005bac", "HAZARDOUS", "#c8102e", "KITCHEN", "#00703c", "RESIDUAL", "#4d4d4d");
        for (var c : colours.entrySet()) {
            WebElement tile = browser.findElement(By.id("cat-" + c.getKey()));
            assertEquals(c.getKey().equals("KITCHEN") ? "true" : "false", tile.getAttribute("aria-pressed"), c.getKey());
            assertEquals(c.getValue(), org.openqa.selenium.support.Color.fromString(tile.getCssValue("background-color")).asHex(), c.getKey() + " filled");
            assertEquals("#ffffff", org.openqa.selenium.support.Color.fromString(tile.getCssValue("color")).asHex(), c.getKey() + " in white");
            assertTrue(Double.parseDouble(tile.getCssValue("opacity")) >= 0.9, c.getKey() + " not faded: " + tile.getCssValue("opacity"));
        }
        assertEquals(4, java.util.Set.copyOf(colours.values()).size());

        // a slow network: while the weighing is on its way the button cannot send it a second time
        var chrome = (org.openqa.selenium.chromium.HasNetworkConditions) browser;
        var slow = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        slow.setLatency(Duration.ofSeconds(3));
        browser.findElement(By.id("weight")).clear();
        browser.findElement(By.id("weight")).sendKeys("12.5");
        chrome.setNetworkConditions(slow);
        try {
            browser.findElement(By.id("log-submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50))
                    .until(d -> !d.findElement(By.id("log-submit")).isEnabled());
            WebElement busy = browser.findElement(By.id("log-submit"));
            assertEquals("true", busy.getAttribute("aria-busy"));
            assertEquals("正在发送…", busy.getText());
            textIn("#log-message", "已登记 12.5 千克");
        } finally {
            chrome.deleteNetworkConditions();
        }
        waiting().until(d -> d.findElement(By.id("log-submit")).isEnabled());
        assertEquals("登记", browser.findElement(By.id("log-submit")).getText());
        WebElement row = visible("#entries-table tr[data-id]");
        assertTrue(row.getText().contains("厨余垃圾"), row.getText());
        shot("station-zh-360");

        row.findElement(By.cssSelector("button.correct")).click();
        WebElement weight = visible("#correct-weight");
        weight.clear();
        weight.sendKeys("13");
        browser.findElement(By.id("correct-save")).click();
        textIn("#correct-message", "更正原因");
        browser.findElement(By.id("correct-reason")).sendKeys("称重时未去皮 / tare forgotten");
        browser.findElement(By.id("correct-save")).click();
        // the confirmation where the form was, on the screen
        textIn("#correct-done", "已更正（第 2 版）");
        long top = (Long) ((JavascriptExecutor) browser).executeScript(
                "const r = document.getElementById('correct-done').getBoundingClientRect(); return Math.round(r.top);");
        assertTrue(top >= 0 && top < 800, "the confirmation is in view, at " + top);

        browser.findElement(By.id("lang-switch")).click();
        textIn("h1", "Station weighing");
        assertEquals("Kitchen waste", browser.findElement(By.id("cat-KITCHEN")).getText());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        shot("station-en-360");
    }

    @Test
    void stationStaffSendAFileOfWeighingsAndSeeItsProgressAndRefusedRowsInBothLanguages() throws Exception {
        browser.manage().window().setSize(new Dimension(1200, 900));
        signIn("station-jj01", "station.html");
        visible("#nav-imports").click();
        assertEquals("批量导入", visible("h1").getText());
        String tag = Deployments.uniqueTag();
        Path csv = Files.createTempFile("weighings-" + tag, ".csv");
        Files.writeString(csv, "pointCode,category,material,weightKg,weighedAt,clientKey\n"
                + "JJ-P001,RESIDUAL,,42.5," + TonnageLogIT.hoursAgo(3) + "," + tag + "-1\n"
                + "JJ-P001,RESIDUAL,,-1," + TonnageLogIT.hoursAgo(3) + "," + tag + "-2\n");
        new org.openqa.selenium.support.ui.Select(visible("#record-type")).selectByValue("tonnage-logs");
        assertTrue(browser.findElement(By.id("header-hint")).getText().startsWith("pointCode,category"));
        browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("upload-submit")).click();
        textIn("#message", "2 行");
        // the list holds the user's earlier imports too: this file's row, once completed
        WebElement row = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//table[@id='imports-table']//tr[@data-status='COMPLETED'][contains(., '" + csv.getFileName() + "')]")));
        assertEquals("1", row.findElement(By.cssSelector("td.accepted")).getText());
        assertEquals("1", row.findElement(By.cssSelector("td.rejected")).getText());
        assertTrue(row.getText().contains("已完成"), row.getText());
        row.findElement(By.cssSelector("button.show-rejections")).click();
        textIn("#rejections-table", "weightKg");
        assertTrue(browser.findElement(By.id("rejections-table")).getText().contains("3"));
        shot("imports-zh");

        browser.findElement(By.id("lang-switch")).click();
        textIn("h1", "Bulk imports");
        textIn("#imports-table", "completed");
        textIn("#rejections-title", "Refused rows of import");
        shot("imports-en");
    }

    @Test
    void theBureauSeesTheFourRatesAgainstTargetsTheRankingTheReturnsAndDrillsIntoCoverage() throws Exception {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        signIn("bureau", "bureau.html");
        assertEquals("市局指标看板", visible("h1").getText());
        textIn("#tile-resource .value", "%");
        for (String tile : List.of("coverage", "recovery", "resource", "harmless")) {
            String text = browser.findElement(By.id("tile-" + tile)).getText();
            assertTrue(text.contains("目标"), tile + ": " + text);
        }
        waiting().until(d -> d.findElements(By.cssSelector("#ranking-table tr[data-district]")).size() == 23);
        assertEquals(23, browser.findElements(By.cssSelector("#returns-table tr[data-district]")).size());
        waiting().until(d -> !d.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
        waiting().until(d -> !d.findElements(By.cssSelector("#points-chart canvas")).isEmpty());
        browser.findElement(By.id("component-I")).click();
        textIn("#drill h2", "焚烧量");
        waiting().until(d -> d.findElements(By.cssSelector("#drill-table tr")).size() > 1);
        browser.findElement(By.id("tile-coverage")).click();
        textIn("#drill h2", "未覆盖小区");
        waiting().until(d -> d.findElements(By.cssSelector("#drill-table tr")).size() > 1);
        shot("bureau-zh");
        browser.findElement(By.id("lang-switch")).click();
        textIn("h1", "Bureau dashboard");
        textIn("#tile-resource", "target");
        shot("bureau-en");
    }

    @Test
    void theBureauInEnglishSeesTonnesOpensEveryTilesDrillDownByKeyboardAndEnglishNames() throws Exception {
        Api api = new Api(url);
        String jinjiang = api.get("api/v1/districts/510104", "bureau").json().getString("nameEn");
        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn("bureau", "bureau.html");
        language("en");
        browser.navigate().refresh();
        textIn("h1", "Bureau dashboard");
        waiting().until(d -> d.findElements(By.cssSelector("#ranking-table tr[data-district]")).size() == 23);
        // the components in tonnes, with the unit
        String components = visible("#components-table").getText();
        assertTrue(java.util.regex.Pattern.compile("\\d t\\b").matcher(components).find(), components);
        for (String tile : List.of("coverage", "recovery", "resource", "harmless")) {
            WebElement button = browser.findElement(By.id("tile-" + tile));
            assertEquals("button", button.getTagName(), tile + " is a real button");
            button.sendKeys(Keys.ENTER);
            waiting().until(d -> tile.equals(d.findElement(By.id("drill")).getAttribute("data-drill")));
            assertEquals("true", button.getAttribute("aria-expanded"));
            assertEquals("drill-title", browser.switchTo().activeElement().getAttribute("id"), "focus moves to the drill-down");
            assertEquals(23, browser.findElements(By.cssSelector("#drill-table tbody tr[data-district]")).size(), tile);
            // a district by its English name
            String name = browser.findElement(By.cssSelector("#drill-table tr[data-district='510104'] th")).getText();
            assertEquals(jinjiang, name, tile);
            String drill = browser.findElement(By.id("drill")).getText();
            if (!tile.equals("coverage")) {
                assertTrue(java.util.regex.Pattern.compile("\\d t\\b").matcher(drill).find(), tile + ": " + drill);
            }
        }
        // the coverage tile still leads to the communities not covered, their districts named in English
        browser.findElement(By.id("tile-coverage")).click();
        waiting().until(d -> "coverage".equals(d.findElement(By.id("drill")).getAttribute("data-drill")));
        for (WebElement district : browser.findElements(By.cssSelector("#uncovered-table tr[data-district] td:nth-child(2)"))) {
            assertTrue(!CJK.matcher(district.getText()).find(), district.getText());
        }
        // a component's records: each facility by its code first (the registry has no English name), in tonnes
        browser.findElement(By.id("component-I")).sendKeys(Keys.ENTER);
        waiting().until(d -> "I".equals(d.findElement(By.id("drill")).getAttribute("data-drill")));
        var records = browser.findElements(By.cssSelector("#drill-table tr[data-facility]"));
        assertTrue(!records.isEmpty(), "the incinerated tonnes have records");
        for (WebElement r : records.subList(0, Math.min(10, records.size()))) {
            String code = r.getAttribute("data-facility");
            assertTrue(r.findElement(By.cssSelector("td.facility")).getText().startsWith(code + " "), r.getText());
            assertTrue(r.getText().endsWith(" t"), r.getText());
        }
        Thread.sleep(800); // the drill-down scrolls into view
        shot("bureau-drill-en-1366");
        // nowhere on the page a kilogram: every mass in tonnes
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(!java.util.regex.Pattern.compile("\\bkg\\b|千克").matcher(page).find(), page);
        labelsInEnglish("labels in English");
        // back in Chinese, the open drill-down follows the language, in 吨
        browser.findElement(By.id("lang-switch")).click();
        textIn("#drill-title", "焚烧量");
        textIn("#drill-table", "吨");
    }

    @Test
    void theDistrictOfficerSeesTheReturnWarningsAndCompletenessOfTheirDistrict() throws Exception {
        browser.manage().window().setSize(new Dimension(1200, 1000));
        signIn("officer-jj", "district.html");
        assertEquals("区县月报", visible("h1").getText());
        visible("#return-status");
        visible("#complete-summary");
        assertEquals(1, browser.findElements(By.cssSelector("#district option")).size(), "only Jinjiang");
        assertTrue(!browser.findElements(By.id("confirm-all-box")).isEmpty() || !browser.findElements(By.id("no-warnings")).isEmpty());

        // the months: last month backwards, none before Jinjiang's first data (the demo starts three whole months back)
        Api api = new Api(url);
        var lastMonth = java.time.YearMonth.now(CITY).minusMonths(1);
        assertEquals(lastMonth.toString(), chosen("#month"));
        List<String> months = browser.findElements(By.cssSelector("#month option")).stream().map(o -> o.getAttribute("value")).toList();
        // six at most; fewer when Jinjiang's first data is more recent (the demo's three months back, unless another test
        // has since recorded Jinjiang's data further back, as CarbonIT's locked return six months ago does)
        assertTrue(months.size() <= 6, "six months at most: " + months);
        for (int i = 0; i < months.size(); i++) {
            assertEquals(lastMonth.minusMonths(i).toString(), months.get(i), "consecutive months: " + months);
        }
        var earliest = java.time.YearMonth.parse(months.get(months.size() - 1));
        assertTrue(hasData(api, earliest), "the earliest month offered has records: " + earliest);
        assertTrue(months.size() == 6 || !hasData(api, earliest.minusMonths(1)),
                "a list cut short stops at the first data: the month before the earliest offered has none: " + earliest.minusMonths(1));

        // completeness names the missing dates themselves, as the server lists them
        String range = "&from=" + lastMonth.atDay(1) + "&to=" + lastMonth.atEndOfMonth();
        String completeness = "api/v1/completeness?districtCode=510104" + range + "&page=0&size=50";
        var board = api.get(completeness, "officer-jj").json();
        if (board.getJsonArray("points").isEmpty()) {
            // a point opened on the 20th with nothing logged since: eleven or so missing days
            var made = api.post("api/v1/points", "admin", jakarta.json.Json.createObjectBuilder().add("code", Deployments.uniqueTag() + "-C")
                    .add("name", "完整性测试点").add("kind", "SORTING_POINT").add("districtCode", "510104").add("latitude", 30.65)
                    .add("longitude", 104.08).add("acceptedCategories", jakarta.json.Json.createArrayBuilder().add("RESIDUAL"))
                    .add("activeFrom", lastMonth.atDay(20).toString()).build());
            assertEquals(201, made.status(), made::toString);
            board = api.get(completeness, "officer-jj").json();
            browser.navigate().refresh();
        }
        var missing = board.getJsonArray("points");
        assertTrue(!missing.isEmpty(), board::toString);
        for (var p : missing.subList(0, Math.min(5, missing.size()))) {
            var point = p.asJsonObject();
            String dates = point.getJsonArray("daysWithoutEntries").stream()
                    .map(d -> ((jakarta.json.JsonString) d).getString().substring(5)).collect(java.util.stream.Collectors.joining(", "));
            assertTrue(!dates.isEmpty(), point::toString);
            WebElement cell = visible("#missing-points tr td:first-child[data-point='" + point.getString("pointCode") + "'] ~ td.dates");
            assertEquals(dates, cell.getText(), point.getString("pointCode"));
        }
        shot("district-zh");
    }

    /** Whether Jinjiang has records in a month, by the indicators' answer: anything collected or recovered. */
    boolean hasData(Api api, java.time.YearMonth month) {
        var a = api.get("api/v1/indicators?scope=510104&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth(), "officer-jj").json();
        return a.getJsonObject("resourceUtilisation").getJsonObject("components").getJsonNumber("collectedKg").doubleValue() > 0
                || a.getJsonObject("recoveryRate").getJsonNumber("numeratorKg").doubleValue() > 0;
    }

    @Test
    void aHaulerSeesOpenManifestsAndAPickupRefusalIsExplained() throws Exception {
        browser.manage().window().setSize(new Dimension(800, 900));
        signIn("hauler01", "hauler.html");
        visible("#vehicle option");
        browser.findElement(By.id("pickup-submit")).click();
        textIn("#message", "请先选择来源站点");
        pickFirstSource();
        browser.findElement(By.id("pickup-weight")).sendKeys("0");
        browser.findElement(By.id("pickup-submit")).click();
        textIn("#message", "重量（千克）:");
        assertEquals("true", browser.findElement(By.id("pickup-weight")).getAttribute("aria-invalid"));
        shot("hauler-zh");
    }

    @Test
    void aPlantOperatorSeesIntakeAgainstCapacityAndTheMassBalance() throws Exception {
        browser.manage().window().setSize(new Dimension(1200, 1000));
        signIn("plant-ql", "facility.html");
        waiting().until(d -> !d.findElements(By.cssSelector("#intake-chart canvas")).isEmpty());
        visible("#balance-table");
        visible("#flows-table");
        shot("facility-zh");
    }

    // ---- issue 16: the delivery loop, the station's second look and offline queue, confirm-all, send-back, axe, screenshots

    static final java.time.ZoneOffset CITY = java.time.ZoneOffset.ofHours(8);
    static final Path DOC_SHOTS = SHOTS;

    /** The steps' screenshots apart from {@link #everyWay}'s, which share their names. */
    @Override
    Path shots() {
        return Path.of("target", "screenshots");
    }

    /** axe-core on the page as it is: no serious or critical violation. */
    void accessible(String where) throws Exception {
        Axe.noSeriousViolations(browser, where);
    }

    /**
     * Picks the first stop in the hauler's source list. The list is drawn again once the points' names arrive,
     * so the pick waits for the names and is retried if the list is redrawn under it.
     */
    void pickFirstSource() {
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement first = d.findElement(By.cssSelector("#source optgroup option"));
            if (!first.getText().trim().contains(" ")) {
                return false;
            }
            first.click();
            return !new org.openqa.selenium.support.ui.Select(d.findElement(By.id("source"))).getFirstSelectedOption().getAttribute("value").isEmpty();
        });
    }

    void language(String lang) {
        js().executeScript("localStorage.setItem('wastenet.lang', arguments[0])", lang);
    }

    /** The page at a phone's and a desktop's width, in Chinese and English: checked by axe and kept as screenshots. */
    void everyWay(String page, String name, String ready) throws Exception {
        Files.createDirectories(DOC_SHOTS);
        for (String lang : List.of("zh", "en")) {
            for (int width : new int[] {360, 1366}) {
                browser.manage().window().setSize(new Dimension(width, width == 360 ? 800 : 900));
                language(lang);
                browser.get(url + page);
                visible(ready);
                waiting().until(d -> lang.equals("en") == "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                Thread.sleep(600); // charts and late lists settle
                if (width == 360) {
                    noSidewaysScrolling(360);
                }
                if (lang.equals("en")) {
                    labelsInEnglish(page + " in English at " + width + " px: labels still in Chinese");
                }
                accessible(page + " " + lang + " " + width);
                File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
                Files.copy(f.toPath(), DOC_SHOTS.resolve(name + "-" + lang + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        language("zh");
    }

    @Test
    void aPickupOnTheHaulerPageIsClosedOnThePlantsWeighbridgeAndTheHaulerSeesTheResult() throws Exception {
        browser.manage().window().setSize(new Dimension(360, 800));
        signIn("hauler01", "hauler.html");
        // the source is a stop of the hauler's routes, picked, not typed
        pickFirstSource();
        choose("destination", "QL-KW01");
        browser.findElement(By.id("pickup-weight")).sendKeys("12.5");
        browser.findElement(By.id("pickup-submit")).click();
        textIn("#message", "已生成联单");
        String text = browser.findElement(By.id("message")).getText();
        var no = java.util.regex.Pattern.compile("已生成联单 (\\S+)：").matcher(text);
        assertTrue(no.find(), text);
        String manifest = no.group(1);
        visible("#manifest-list li[data-manifest='" + manifest + "']");
        noSidewaysScrolling(360);
        shot("hauler-pickup-zh-360");
        browser.findElement(By.id("sign-out")).click();
        // a second load of the same truck trip, 37.5 kg, recorded through the API on a vehicle of its own
        Api api = new Api(url);
        String vehicle = Deployments.uniqueTag() + "-V";
        assertEquals(201, api.post("api/v1/vehicles", "admin", "{\"code\":\"" + vehicle + "\",\"haulerCode\":\"H01\",\"capacityKg\":2000}").status());
        String pickedUp = java.time.OffsetDateTime.now(CITY).minusMinutes(30).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        var other = api.post("api/v1/kitchen-waste/manifests", "hauler01", "{\"sourcePointCode\":\"JJ-P001\",\"haulerCode\":\"H01\",\"vehicleCode\":\""
                + vehicle + "\",\"weightKg\":37.5,\"pickedUpAt\":\"" + pickedUp + "\",\"destinationFacilityCode\":\"QL-KW01\"}");
        assertEquals(201, other.status(), other::toString);
        String second = other.json().getString("manifestNo");

        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn("plant-ql", "facility.html");
        assertEquals("QL-KW01", chosen("#facility"),
                "the plant's operator opens on the plant");
        WebElement row = visible("#incoming-list li[data-manifest='" + manifest + "']");
        browser.findElement(By.id("delivery-submit")).click();
        textIn("#delivery-message", "请至少勾选一张联单");
        row.findElement(By.cssSelector("input.pick")).click();
        textIn("#selected-sum", "12.5");
        // one weighbridge weight closes both manifests: 52 kg shared 13 + 39 in proportion to 12.5 + 37.5
        visible("#incoming-list li[data-manifest='" + second + "'] input.pick").click();
        textIn("#selected-sum", "已选 2 张联单，收运合计 50 kg");
        browser.findElement(By.id("delivery-weight")).sendKeys("52");
        browser.findElement(By.id("delivery-submit")).click();
        textIn("#delivery-message", "已交付 2 张联单");
        textIn("#delivery-message", "收运合计 50 kg，差额 2 kg");
        assertEquals(2, browser.findElements(By.cssSelector("#delivery-table tr[data-manifest]")).size());
        WebElement result = visible("#delivery-table tr[data-manifest='" + manifest + "']");
        assertEquals(List.of(manifest, "12.5 kg", "13 kg", "0.5 kg"),
                result.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        WebElement result2 = browser.findElement(By.cssSelector("#delivery-table tr[data-manifest='" + second + "']"));
        assertEquals(List.of(second, "37.5 kg", "39 kg", "1.5 kg"),
                result2.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        waiting().until(d -> d.findElements(By.cssSelector("#incoming-list li[data-manifest='" + manifest + "'], #incoming-list li[data-manifest='"
                + second + "']")).isEmpty());
        // the balance names every term with its unit
        String balance = visible("#balance-table").getText();
        for (String term : List.of("进场", "产品", "残渣", "处理量", "库存变化", "不平衡量", "kg")) {
            assertTrue(balance.contains(term), term + " in " + balance);
        }
        shot("facility-delivery-zh-1366");
        browser.findElement(By.id("sign-out")).click();
        // Back after signing out shows nothing of the plant's page
        browser.navigate().back();
        waiting().until(ExpectedConditions.urlContains("index.html"));
        assertTrue(browser.findElements(By.cssSelector("#balance-table, #incoming-list")).isEmpty(), "nothing of the plant's page");

        browser.manage().window().setSize(new Dimension(360, 800));
        signIn("hauler01", "hauler.html");
        WebElement delivered = visible("#delivered-list li[data-manifest='" + manifest + "']");
        assertTrue(delivered.getText().contains("QL-KW01") && delivered.getText().contains("+0.5"), delivered.getText());
    }

    @Test
    void theStationAsksAgainAboutAnImplausibleWeightAndKeepsAWeighingMadeOfflineUntilItIsStoredOnce() throws Exception {
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String point = tag + "-P";
        var made = api.post("api/v1/points", "admin", jakarta.json.Json.createObjectBuilder().add("code", point).add("name", "离线测试点")
                .add("kind", "SORTING_POINT").add("districtCode", "510104").add("latitude", 30.65).add("longitude", 104.08)
                .add("acceptedCategories", jakarta.json.Json.createArrayBuilder().add("KITCHEN").add("RECYCLABLE").add("RESIDUAL"))
                .add("activeFrom", java.time.LocalDate.now(CITY).minusDays(30).toString()).build());
        assertEquals(201, made.status(), made::toString);
        api.grantPoints("station-jj01", point);

        browser.manage().window().setSize(new Dimension(360, 800));
        signIn("station-jj01", "station.html");
        choose("point", point);
        textIn("#point option[value='" + point + "']", "离线测试点");
        assertTrue(browser.findElements(By.cssSelector("#categories button[aria-pressed='true']")).isEmpty(), "no category is preselected");
        browser.findElement(By.id("weight")).sendKeys("20");
        browser.findElement(By.id("log-submit")).click();
        textIn("#log-message", "请先选择类别");
        // Space on a tile chooses it and keeps the focus there
        WebElement kitchen = browser.findElement(By.id("cat-KITCHEN"));
        js().executeScript("arguments[0].focus()", kitchen);
        kitchen.sendKeys(org.openqa.selenium.Keys.SPACE);
        assertEquals("true", kitchen.getAttribute("aria-pressed"));
        assertEquals("cat-KITCHEN", js().executeScript("return document.activeElement.id"));

        // a weight far above the usual is questioned before anything is sent
        WebElement weight = browser.findElement(By.id("weight"));
        weight.clear();
        weight.sendKeys("99999");
        browser.findElement(By.id("log-submit")).click();
        textIn("#plausibility-text", "99,999");
        shot("station-plausibility-zh-360");
        browser.findElement(By.id("plausibility-fix")).click();
        assertEquals(0, api.get("api/v1/tonnage-logs?size=1&pointCode=" + point, "admin").json().getInt("total"), "nothing was sent");

        // the network is cut: the weighing is kept on the phone, then sent once it is back, with its client key
        var chrome = (org.openqa.selenium.chromium.HasNetworkConditions) browser;
        var offline = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        offline.setOffline(true);
        chrome.setNetworkConditions(offline);
        weight.clear();
        weight.sendKeys("17.5");
        browser.findElement(By.id("log-submit")).click();
        textIn("#log-message", "已保存在本机");
        textIn("#queue-status", "1 条记录等待联网后发送");
        String queued = (String) js().executeScript("return localStorage.getItem('wastenet.queue.station-jj01')");
        assertTrue(queued != null && queued.contains(point), queued);
        Thread.sleep(5000); // a retry or two while away changes nothing
        assertEquals(0, api.get("api/v1/tonnage-logs?size=1&pointCode=" + point, "admin").json().getInt("total"));
        shot("station-offline-zh-360");
        chrome.deleteNetworkConditions();
        textIn("#queue-status", "已发送");
        textIn("#total-KITCHEN", "17.5");
        var stored = api.get("api/v1/tonnage-logs?size=10&pointCode=" + point, "admin").json();
        assertEquals(1, stored.getInt("total"), stored::toString);
        var record = stored.getJsonArray("items").getJsonObject(0);
        jakarta.json.JsonObject body = jakarta.json.Json.createReader(new java.io.StringReader(queued)).readArray().getJsonObject(0);
        assertEquals(body.getString("clientKey"), record.getString("clientKey"), "sent with the key it was given offline");
        // the same request again (a second tab, a lost answer) is the same record
        var again = api.post("api/v1/tonnage-logs", "station-jj01", body);
        assertEquals(200, again.status(), again::toString);
        assertEquals(1, api.get("api/v1/tonnage-logs?size=1&pointCode=" + point, "admin").json().getInt("total"));
    }

    /** The delivery lastMonthWithWarnings made: the demo's own deliveries may have warnings in the same month. */
    String ownDelivery;

    /** Last month's return of Jinjiang as a draft, with two manifests of one delivery off the weighbridge and an unusual day. */
    String lastMonthWithWarnings(Api api) {
        var month = java.time.YearMonth.now(CITY).minusMonths(1);
        String period = month.toString();
        var before = api.get("api/v1/returns/510104/" + period, "bureau").json();
        if (!before.getString("status").equals("DRAFT")) {
            assertEquals(200, api.post("api/v1/returns/510104/" + period + "/transitions", "bureau",
                    "{\"action\":\"REOPEN\",\"reason\":\"page test\"}").status());
        }
        String day = month.atDay(12) + "T";
        String vehicle = Deployments.uniqueTag() + "-V"; // a fresh one: the demo's loads do not count against it
        assertEquals(201, api.post("api/v1/vehicles", "admin", "{\"code\":\"" + vehicle + "\",\"haulerCode\":\"H01\",\"capacityKg\":2000}").status());
        List<String> manifests = new java.util.ArrayList<>();
        for (String kg : List.of("100", "300")) {
            var m = api.post("api/v1/kitchen-waste/manifests", "hauler01", "{\"sourcePointCode\":\"JJ-P001\",\"haulerCode\":\"H01\",\"vehicleCode\":\""
                    + vehicle + "\",\"weightKg\":" + kg + ",\"pickedUpAt\":\"" + day + "07:00:00+08:00\",\"destinationFacilityCode\":\"QL-KW01\"}");
            assertEquals(201, m.status(), m::toString);
            manifests.add(m.json().getString("manifestNo"));
        }
        var delivery = api.post("api/v1/kitchen-waste/deliveries", "plant-ql", "{\"facilityCode\":\"QL-KW01\",\"weightKg\":480,\"deliveredAt\":\""
                + day + "09:00:00+08:00\",\"manifestNos\":[\"" + manifests.get(0) + "\",\"" + manifests.get(1) + "\"]}");
        assertEquals(200, delivery.status(), delivery::toString);
        ownDelivery = delivery.json().getJsonArray("items").getJsonObject(0).getString("deliveryNo");
        return period;
    }

    @Test
    void theOfficerSeesADeliverysWarningsTogetherConfirmsThemAllWithOneCommentAndTheBureauApprovesLocksAndSendsTheReturnBackWithAReason() throws Exception {
        Api api = new Api(url);
        String period = lastMonthWithWarnings(api);
        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn("officer-jj", "district.html");
        assertEquals(period, chosen("#month"));
        WebElement group = visible("#warnings .group[data-group='delivery:" + ownDelivery + "']");
        String g = group.getText();
        // each manifest with its own pickup and share (100 → 120, 300 → 360), the delivery's difference once in the heading
        assertTrue(g.contains("收运 100 kg") && g.contains("地磅分摊 120 kg") && g.contains("差额 20 kg"), g);
        assertTrue(g.contains("收运 300 kg") && g.contains("地磅分摊 360 kg") && g.contains("差额 60 kg"), g);
        assertTrue(g.contains("合计差额 80 kg"), g);
        textIn("#submit-why", "预警未确认");
        assertTrue(!browser.findElement(By.id("submit-return")).isEnabled());
        for (String rate : List.of("ind.coverage", "ind.recovery", "ind.resource")) {
            assertTrue(browser.findElement(By.cssSelector("#return-rates tr[data-rate='" + rate + "']")).getText().contains("%"));
        }
        assertTrue(visible("#return-rates").getText().contains("目标"));
        String recovery = browser.findElement(By.cssSelector("#return-rates tr[data-rate='ind.recovery'] td")).getText();
        shot("district-warnings-zh-1366");
        browser.findElement(By.id("confirm-all")).click();
        textIn("#warnings-message", "请填写确认说明");
        browser.findElement(By.id("confirm-all-comment")).sendKeys("地磅已校准，差额属实 / weighbridge checked");
        browser.findElement(By.id("confirm-all")).click();
        visible("#no-warnings");
        waiting().until(d -> d.findElements(By.id("submit-why")).isEmpty());
        browser.findElement(By.id("submit-return")).click();
        textIn("#return-status", "已报送");
        var confirmed = api.get("api/v1/warnings?districtCode=510104&confirmed=true&size=1000&from=" + period + "-01&to="
                + java.time.YearMonth.parse(period).atEndOfMonth(), "bureau").json().getJsonArray("items");
        assertTrue(confirmed.stream().anyMatch(w -> w.asJsonObject().getString("comment", "").startsWith("地磅已校准")), confirmed::toString);
        browser.findElement(By.id("sign-out")).click();

        signIn("bureau", "bureau.html");
        choose("month", period);
        WebElement jj = visible("#returns-table tr[data-district='510104'] button.review");
        jj.click();
        textIn("#review-status", "已报送");
        visible("#review-figures");
        // the return's figures: the four rates against their targets, the recovery rate the officer saw
        for (String rate : List.of("ind.coverage", "ind.recovery", "ind.resource", "ind.harmless")) {
            assertTrue(browser.findElement(By.cssSelector("#review-figures tr[data-rate='" + rate + "']")).getText().contains("%"), rate);
        }
        assertEquals(recovery, browser.findElement(By.cssSelector("#review-figures tr[data-rate='ind.recovery'] td")).getText());
        // approve, asked first: nothing happens before the bureau says yes
        browser.findElement(By.id("review-approve")).click();
        textIn("#review-confirm", "审核通过");
        assertTrue(browser.findElement(By.id("review-confirm")).getText().contains(period), browser.findElement(By.id("review-confirm")).getText());
        assertEquals("SUBMITTED", api.get("api/v1/returns/510104/" + period, "bureau").json().getString("status"), "not before yes");
        browser.findElement(By.id("review-yes")).click();
        textIn("#review-status", "已审核");
        textIn("#review-message", "已审核通过");
        textIn("#returns-table tr[data-district='510104']", "已审核");
        // then lock, asked first too
        browser.findElement(By.id("review-lock")).click();
        textIn("#review-confirm", "锁定");
        assertEquals("APPROVED", api.get("api/v1/returns/510104/" + period, "bureau").json().getString("status"), "not before yes");
        browser.findElement(By.id("review-yes")).click();
        textIn("#review-status", "已锁定");
        textIn("#review-message", "已锁定");
        assertEquals(recovery, browser.findElement(By.cssSelector("#review-figures tr[data-rate='ind.recovery'] td")).getText(), "the signed figures");
        // a locked return sent back, with a reason
        browser.findElement(By.id("review-sendback")).click();
        textIn("#review-message", "退回需要填写原因");
        browser.findElement(By.id("review-reason")).sendKeys("回收量与转运单不符，请核对 / recyclables do not match the transfers");
        browser.findElement(By.id("review-sendback")).click();
        visible("#review-confirm");
        shot("bureau-sendback-zh-1366");
        browser.findElement(By.id("review-yes")).click();
        textIn("#review-status", "草稿");
        var history = api.get("api/v1/returns/510104/" + period, "bureau").json().getJsonArray("history");
        var last = history.getJsonObject(history.size() - 1);
        assertEquals(List.of("APPROVE", "LOCK", "REOPEN"), history.subList(history.size() - 3, history.size()).stream()
                .map(h -> h.asJsonObject().getString("action")).toList());
        assertTrue(last.getString("reason").startsWith("回收量与转运单不符"), last::toString);
    }

    @Test
    void everyPageIsAccessibleAtAPhonesAndADesktopsWidthInBothLanguages() throws Exception {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(url + "index.html");
        visible("#signin h1");
        accessible("sign-in");
        shot("signin-zh");
        signIn("station-jj01", "station.html");
        everyWay("station.html", "station", "#totals tr");
        everyWay("imports.html", "imports", "#imports > *");
        browser.findElement(By.id("sign-out")).click();
        signIn("hauler01", "hauler.html");
        everyWay("hauler.html", "hauler", "#delivered > *");
        browser.findElement(By.id("sign-out")).click();
        signIn("plant-ql", "facility.html");
        everyWay("facility.html", "facility", "#balance-table");
        browser.findElement(By.id("sign-out")).click();
        signIn("officer-jj", "district.html");
        everyWay("district.html", "district", "#complete-summary");
        browser.findElement(By.id("sign-out")).click();
        signIn("bureau", "bureau.html");
        everyWay("bureau.html", "bureau", "#ranking-table");
        everyWay("index.html", "home", "#roles a");
    }
}
