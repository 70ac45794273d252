package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromedriver, which .ci/run installs):
 * each user signs in, does their work through the page, sees refusals explained, and switches language.
 * Screenshots land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class PagesIT {
    static WebDriver browser;
    static final Path SHOTS = Path.of("target", "screenshots");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    /** A fresh browser for each test: no page, storage or form state carries over. */
    @BeforeEach
    void startBrowser() throws Exception {
        String chromium = System.getProperty("wastenet.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("wastenet.chromedriver", "/usr/bin/chromedriver");
        assertTrue(new File(chromium).canExecute() && new File(driver).canExecute(),
                "the page tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("wastenet-chromium"));
        // the browser's console, to see that nothing the pages do is refused by the Content-Security-Policy
        var logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(), options);
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            try {
                var refused = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                        .map(org.openqa.selenium.logging.LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
                assertTrue(refused.isEmpty(), "the page did something its Content-Security-Policy refuses: " + refused);
            } finally {
                browser.quit();
            }
        }
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    WebElement visible(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void textIn(String css, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    void signIn(String user, String page) {
        browser.get(url + "index.html");
        visible("#username").sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.id("signin-submit")).click();
        waiting().until(ExpectedConditions.urlContains(page));
    }

    void shot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
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
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("point"))).selectByValue("JJ-P001");
        browser.findElement(By.id("cat-KITCHEN")).click();
        browser.findElement(By.id("weight")).sendKeys("-5");
        browser.findElement(By.id("log-submit")).click();
        textIn("#log-message", "weightKg");
        assertTrue(browser.findElement(By.id("log-message")).getAttribute("class").contains("error"));

        browser.findElement(By.id("weight")).clear();
        browser.findElement(By.id("weight")).sendKeys("12.5");
        browser.findElement(By.id("log-submit")).click();
        textIn("#log-message", "已登记 12.5 千克");
        WebElement row = visible("#entries-table tr[data-id]");
        assertTrue(row.getText().contains("厨余垃圾"), row.getText());
        shot("station-zh-360");

        row.findElement(By.cssSelector("button.correct")).click();
        WebElement weight = visible("#correct-weight");
        weight.clear();
        weight.sendKeys("13");
        browser.findElement(By.id("correct-save")).click();
        textIn("#correct-message", "reason");
        browser.findElement(By.id("correct-reason")).sendKeys("称重时未去皮 / tare forgotten");
        browser.findElement(By.id("correct-save")).click();
        textIn("#log-message", "已更正（第 2 版）");

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
    void theDistrictOfficerSeesTheReturnWarningsAndCompletenessOfTheirDistrict() throws Exception {
        browser.manage().window().setSize(new Dimension(1200, 1000));
        signIn("officer-jj", "district.html");
        assertEquals("区县月报", visible("h1").getText());
        visible("#return-status");
        visible("#complete-summary");
        assertEquals(1, browser.findElements(By.cssSelector("#district option")).size(), "only Jinjiang");
        assertTrue(!browser.findElements(By.id("warnings-table")).isEmpty() || !browser.findElements(By.id("no-warnings")).isEmpty());
        shot("district-zh");
    }

    @Test
    void aHaulerSeesOpenManifestsAndAPickupRefusalIsExplained() throws Exception {
        browser.manage().window().setSize(new Dimension(800, 900));
        signIn("hauler01", "hauler.html");
        visible("#vehicle option");
        browser.findElement(By.id("source")).sendKeys("JJ-P001");
        browser.findElement(By.id("pickup-submit")).click();
        textIn("#message", "weightKg");
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
}
