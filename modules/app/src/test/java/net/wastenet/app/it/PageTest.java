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
import java.util.regex.Pattern;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page test does in its browser: a fresh headless Chromium per test ({@link PageBrowser}), signing in as a
 * user, waiting for what the page draws, reading its labels, keeping screenshots. The pages draw their lists again when
 * an answer arrives, so every wait reads the page afresh and an element redrawn under it is looked up again.
 */
abstract class PageTest {
    static final Path SHOTS = Path.of("target", "screenshots", "pages");
    /** Chinese script and full-width punctuation: a label with any of it is not in English. */
    static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]");

    WebDriver browser;

    @ArquillianResource
    URL url;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = PageBrowser.start();
        Files.createDirectories(shots());
    }

    @AfterEach
    void stopBrowser() {
        PageBrowser.stop(browser);
    }

    /** A wait of up to a minute that looks elements up again when the page has redrawn them. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement visible(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void textIn(String css, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    void signIn(String user, String page) {
        browser.get(url + "index.html");
        visible("#username").sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.id("signin-submit")).click();
        waiting().until(ExpectedConditions.urlContains(page));
    }

    /** Chooses an option of a select once the page has drawn it; a select drawn again meanwhile is chosen in afresh. */
    void choose(String selectId, String value) {
        waiting().until(d -> {
            Select select = new Select(d.findElement(By.id(selectId)));
            if (select.getOptions().stream().noneMatch(o -> value.equals(o.getAttribute("value")))) {
                return false;
            }
            select.selectByValue(value);
            return value.equals(new Select(d.findElement(By.id(selectId))).getFirstSelectedOption().getAttribute("value"));
        });
    }

    /** The value a select shows once its options are drawn (a page fills its selects after its first answers). */
    String chosen(String select) {
        visible(select);
        return waiting().until(d -> (String) js().executeScript(
                "const s = document.querySelector(arguments[0]); return s.options.length > 0 && s.value !== '' ? s.value : null;", select));
    }

    void noSidewaysScrolling(int width) {
        long scroll = (Long) js().executeScript("return document.documentElement.scrollWidth");
        assertTrue(scroll <= width, "no sideways scrolling at " + width + " px, page is " + scroll + " px wide");
    }

    /** Where {@link #shot} keeps its screenshots: the pages' own (docs/pages.md copies some into docs/screenshots). */
    Path shots() {
        return SHOTS;
    }

    void shot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), shots().resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Every label of the page in English, once the page has drawn again what it draws after a change of language (its
     * sections redraw as their answers arrive): waited for, then asserted, naming the labels still in Chinese.
     */
    void labelsInEnglish(String where) {
        try {
            waiting().until(d -> chineseLabels().isEmpty());
        } catch (TimeoutException e) {
            assertEquals(List.of(), chineseLabels(), where + ": labels still in Chinese");
        }
    }

    /**
     * The labels of the page (the title, headings, column and row headers, labels, legends, buttons, summaries, accessible
     * names) with Chinese in them; a proper name with no English form (a vehicle's plate, a community's name) is marked
     * translate="no" and left out.
     */
    @SuppressWarnings("unchecked")
    List<String> chineseLabels() {
        var labels = (List<String>) js().executeScript("""
                return [...document.querySelectorAll('title, h1, h2, h3, h4, th, label, legend, button, summary, [aria-label]')]
                  .filter(e => e.id !== 'lang-switch' && (e.offsetParent !== null || e.tagName === 'TITLE'))
                  .map(e => {
                    const text = e.cloneNode(true);
                    text.querySelectorAll('[translate="no"]').forEach(n => n.remove());
                    return (text.textContent + ' ' + (e.getAttribute('aria-label') || '')).trim();
                  });""");
        return labels.stream().filter(l -> CJK.matcher(l).find()).toList();
    }
}
