package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** axe-core (vendored, src/test/resources/axe) run on a page as it is, for the browser tests. */
final class Axe {
    private Axe() {
    }

    private static String script() throws IOException {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            assertTrue(in != null, "axe-core is vendored under src/test/resources/axe");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Asserts that axe-core finds no serious or critical violation on the page the browser shows. */
    static void noSeriousViolations(WebDriver browser, String where) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(script());
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object found = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => v.impact + ' ' + v.id + ' (' + v.help + '): ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(' | '))),
                  e => done(['axe failed: ' + e]));""");
        assertEquals(List.of(), found, where + ": axe-core finds serious or critical accessibility violations");
    }
}
