package net.wastenet.tools;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bureau's dashboard in headless Chromium: the time from the page's navigation start to the moment
 * every number and chart of the month is drawn (the page's {@code drawn} performance mark). Each run
 * signs in with a new browser profile (nothing cached in the browser) and opens the dashboard (cold),
 * then reloads it three times (warm: the browser's cache and the server's kept answers). The first run
 * after a server start is also cold on the server.
 */
final class DashboardBench {
    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        String base = o.getOrDefault("base", "http://localhost:9080");
        int runs = Integer.parseInt(o.getOrDefault("runs", "3"));
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(o.getOrDefault("chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("wastenet-bench-chromium"));
            ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(o.getOrDefault("chromedriver", "/usr/bin/chromedriver"))).build(), options);
            try {
                browser.manage().window().setSize(new Dimension(1400, 1000));
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
                browser.get(base + "/index.html");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(o.getOrDefault("user", "bureau"));
                browser.findElement(By.id("password")).sendKeys(o.getOrDefault("password", "wastenet"));
                browser.findElement(By.id("signin-submit")).click();
                wait.until(ExpectedConditions.urlContains("bureau.html"));
                double first = drawn(browser, wait);
                cold.add(first);
                List<Double> reloads = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    browser.navigate().refresh();
                    reloads.add(drawn(browser, wait));
                }
                // where the last warm load spent its time: the requests that ended last, and when the page's script started
                Object where = ((JavascriptExecutor) browser).executeScript("const r = performance.getEntriesByType('resource')"
                        + ".map(e => [Math.round(e.startTime), Math.round(e.responseEnd), e.name.replace(/^.*\\/\\//, '').slice(0, 60)])"
                        + ".sort((a, b) => b[1] - a[1]).slice(0, 6); const n = performance.getEntriesByType('navigation')[0];"
                        + "return JSON.stringify({domContentLoaded: Math.round(n.domContentLoadedEventEnd), slowest: r});");
                System.out.println("  last warm load: " + where);
                double best = reloads.stream().mapToDouble(Double::doubleValue).sorted().toArray()[1];
                warm.add(best);
                System.out.printf(Locale.ROOT, "run %d: cold %,.0f ms, warm %s ms (median %,.0f)%n", run, first,
                        reloads.stream().map(r -> String.format(Locale.ROOT, "%,.0f", r)).toList(), best);
            } finally {
                browser.quit();
            }
        }
        System.out.printf(Locale.ROOT, "bureau dashboard drawn: cold %,.0f ms (first run, server just started: %,.0f ms), warm %,.0f ms "
                + "(medians; goal: cold < 3,000 ms, warm < 1,000 ms)%n", median(cold.subList(Math.min(1, cold.size() - 1), cold.size())),
                cold.get(0), median(warm));
    }

    /** Waits for the page's "drawn" mark and answers its time from the navigation start, in ms. */
    private static double drawn(ChromeDriver browser, WebDriverWait wait) {
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.body && document.body.dataset.drawn ? true : false")
                .equals(Boolean.TRUE));
        Object t = ((JavascriptExecutor) browser).executeScript(
                "const m = performance.getEntriesByName('drawn', 'mark'); return m.length ? m[0].startTime : -1;");
        return ((Number) t).doubleValue();
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }
}
