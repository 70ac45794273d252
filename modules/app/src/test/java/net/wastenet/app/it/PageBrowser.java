package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** The page tests' browser: Debian's headless Chromium in Chinese, a fresh profile each time, its console kept. */
final class PageBrowser {
    private PageBrowser() {
    }

    /** A fresh browser: no page, storage or form state carries over; {@code more} are further Chromium switches. */
    static ChromeDriver start(String... more) throws IOException {
        String chromium = System.getProperty("wastenet.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("wastenet.chromedriver", "/usr/bin/chromedriver");
        assertTrue(new File(chromium).canExecute() && new File(driver).canExecute(),
                "the page tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("wastenet-chromium"));
        options.addArguments(more);
        // the browser's console, to see that nothing the pages do is refused by the Content-Security-Policy
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(), options);
    }

    /** Quits the browser, failing the test if a page did something its Content-Security-Policy refuses. */
    static void stop(WebDriver browser) {
        if (browser == null) {
            return;
        }
        try {
            var refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy")).toList();
            assertTrue(refused.isEmpty(), "the page did something its Content-Security-Policy refuses: " + refused);
        } finally {
            browser.quit();
        }
    }
}
