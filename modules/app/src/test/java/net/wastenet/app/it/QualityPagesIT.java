package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages of issue 18 in a real headless Chromium, as their users work with them: the inspector scores a community on a
 * phone with a photo and the position and sees the server's verdict (stored once when the answer was lost and the page sent
 * it again); the district officer sees each community's 达标 status and records a rectification; the hauler refuses a
 * contaminated bin; the plant rejects part of a load; the bureau sees the 达标 counts against the 10,000 target. Chinese
 * and English, axe-core. Nothing assumes an hour of the Chengdu day: times are "now" (kept a few minutes from midnight) or
 * spread over the part of today that has passed.
 */
@ExtendWith(ArquillianExtension.class)
class QualityPagesIT extends PageTest {
    static final ZoneOffset CITY = ZoneOffset.ofHours(8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    // ---- helpers

    /**
     * Records made "now" by a page (its time is a minute before the browser's clock) must fall on the same city day as the
     * test's own records of today: the first three minutes of a Chengdu day are waited out.
     */
    static void awayFromMidnight() throws InterruptedException {
        LocalTime now = LocalTime.now(CITY);
        if (now.isBefore(LocalTime.of(0, 3))) {
            Thread.sleep(Duration.between(now, LocalTime.of(0, 3, 5)).toMillis());
        }
    }

    /** A small PNG of its own (a random colour), so that no photo uploaded before is answered back instead. */
    static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        int rgb = ThreadLocalRandom.current().nextInt(0x1000000);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                image.setRGB(x, y, rgb ^ (x * 31 + y));
            }
        }
        Path file = Files.createTempFile("wastenet-photo", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    static String timeAgo(int minutes) {
        return OffsetDateTime.now(CITY).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The rubric valid today (the demo's CD-2026, or a later version another test added): item code → maximum score. */
    static JsonObject rubricToday(Api api) {
        var reply = api.get("api/v1/inspection-rubrics?on=" + LocalDate.now(CITY), "inspector-jj");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").getJsonObject(0);
    }

    static BigDecimal maxSum(JsonObject rubric) {
        return rubric.getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("maxScore").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every item of the rubric at its full score, with the large buttons. */
    void everyItemAtFullScore() {
        for (WebElement full : browser.findElements(By.cssSelector("#items button.full"))) {
            full.click();
        }
    }

    void uploaded(String list, int count) {
        waiting().until(d -> d.findElements(By.cssSelector(list + " li")).size() == count
                && d.findElements(By.cssSelector(list + " li[data-photo='']")).isEmpty());
    }

    // ---- the inspector's phone page

    @Test
    void anInspectorScoresACommunityOnAPhoneWithAPhotoAndThePositionAndSeesTheServersVerdict() throws Exception {
        awayFromMidnight();
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String community = QualityIT.community(api, tag + "-C");
        JsonObject rubric = rubricToday(api);
        BigDecimal pass = rubric.getJsonNumber("passScore").bigDecimalValue();

        // the phone allows its position
        var chrome = (org.openqa.selenium.chromium.ChromiumDriver) browser;
        chrome.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
        chrome.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", 30.657123, "longitude", 104.081234, "accuracy", 12));
        browser.manage().window().setSize(new Dimension(360, 800));
        signIn("inspector-jj", "inspector.html");
        assertEquals("督导检查", visible("h1").getText());
        visible("#assignments > *");
        waiting().until(d -> d.findElements(By.cssSelector("#items fieldset.item")).size() == rubric.getJsonArray("items").size());
        textIn("#position", "30.65712");

        // the community is outside this month's plan: chosen from the district's others, and said so
        choose("community", community);
        textIn("#community-kind", "计划外");

        // nothing is sent with an item unscored: the page names it
        browser.findElement(By.id("inspection-submit")).click();
        textIn("#inspection-message", "打分");
        assertEquals(0, api.get("api/v1/inspections?communityCode=" + community, "bureau").json().getInt("total"));

        // every item at its maximum with the large buttons, then one point less on GUIDANCE
        everyItemAtFullScore();
        browser.findElement(By.id("minus-GUIDANCE")).click();
        BigDecimal expected = maxSum(rubric).subtract(BigDecimal.ONE);
        assertEquals(String.valueOf(rubric.getJsonArray("items").stream().filter(i -> i.asJsonObject().getString("code").equals("GUIDANCE"))
                .findFirst().orElseThrow().asJsonObject().getJsonNumber("maxScore").bigDecimalValue().subtract(BigDecimal.ONE).stripTrailingZeros()
                .toPlainString()), browser.findElement(By.id("score-GUIDANCE")).getAttribute("value"));
        browser.findElement(By.id("comment")).sendKeys("桶边整洁，厨余纯净 " + tag);
        // a photo from the camera input, uploaded at once
        browser.findElement(By.id("photo")).sendKeys(photo().toString());
        uploaded("#photos", 1);
        noSidewaysScrolling(360);
        shot("inspector-form-zh-360");

        browser.findElement(By.id("inspection-submit")).click();
        boolean passes = expected.compareTo(pass) >= 0;
        textIn("#verdict-result", passes ? "合格" : "不合格");
        String total = visible("#verdict-total").getText();
        assertEquals(expected.stripTrailingZeros().toPlainString() + " / " + pass.stripTrailingZeros().toPlainString(), total.replace(",", ""));
        long id = Long.parseLong(browser.findElement(By.id("verdict-id")).getText().replace("#", ""));
        shot("inspector-verdict-zh-360");
        Axe.noSeriousViolations(browser, "inspector.html with a verdict");

        // the record through the API: what the page showed is what the server stored
        JsonObject stored = api.get("api/v1/inspections/" + id, "officer-jj").json();
        assertEquals(community, stored.getString("communityCode"));
        assertEquals(0, expected.compareTo(stored.getJsonNumber("totalScore").bigDecimalValue()), stored::toString);
        assertEquals(passes, stored.getBoolean("passed"));
        assertFalse(stored.getBoolean("planned"), "outside the plan");
        assertEquals(1, stored.getJsonArray("photoIds").size());
        assertEquals(0, new BigDecimal("30.657123").compareTo(stored.getJsonNumber("latitude").bigDecimalValue()), stored::toString);
        assertEquals(0, new BigDecimal("104.081234").compareTo(stored.getJsonNumber("longitude").bigDecimalValue()), stored::toString);
        assertTrue(stored.getString("comment").endsWith(tag));
        assertEquals("inspector-jj", stored.getString("inspectedBy"));
        assertEquals(200, api.get("api/v1/photos/" + stored.getJsonArray("photoIds").getJsonNumber(0).longValue(), "officer-jj").status(),
                "the photo is served to the inspection's readers");
        assertEquals(1, api.get("api/v1/inspections?communityCode=" + community, "bureau").json().getInt("total"));
        // the form is cleared for the next community
        assertEquals("", browser.findElement(By.id("score-BINS")).getAttribute("value"));
        assertTrue(browser.findElements(By.cssSelector("#photos li")).isEmpty());
    }

    /**
     * This month's plan of Jinjiang, sending inspector-jj to at least one community: drawn (again, as long as no planned
     * inspection started it) with seeds until it does; a plan started already is taken as it is.
     */
    static JsonObject planOfThisMonth(Api api) {
        String period = java.time.YearMonth.now(CITY).toString();
        var existing = api.get("api/v1/inspection-plans?districtCode=510104&period=" + period, "officer-jj").json();
        if (existing.getInt("total") > 0 && existing.getJsonArray("items").getJsonObject(0).getBoolean("started")) {
            return existing.getJsonArray("items").getJsonObject(0);
        }
        int communities = Math.min(6, QualityIT.inService(api, java.time.YearMonth.now(CITY)));
        JsonObject plan = null;
        for (long seed = 1; seed <= 40; seed++) {
            var drawn = api.post("api/v1/inspection-plans", "officer-jj", "{\"districtCode\":\"510104\",\"period\":\"" + period
                    + "\",\"communities\":" + communities + ",\"seed\":" + (20261200 + seed) + "}");
            assertTrue(drawn.status() == 201 || drawn.status() == 200, drawn::toString);
            plan = drawn.json();
            if (!mine(plan).isEmpty()) {
                break;
            }
        }
        return plan;
    }

    static List<String> mine(JsonObject plan) {
        return plan.getJsonArray("assignments").stream().map(JsonValue::asJsonObject).filter(a -> a.getString("inspector").equals("inspector-jj"))
                .map(a -> a.getString("communityCode")).toList();
    }

    @Test
    void theInspectorSeesTheMonthsAssignmentsAndAPlannedInspectionIsMarkedPlanned() throws Exception {
        awayFromMidnight();
        Api api = new Api(url);
        JsonObject plan = planOfThisMonth(api);
        List<String> mine = mine(plan);
        browser.manage().window().setSize(new Dimension(360, 800));
        signIn("inspector-jj", "inspector.html");
        if (mine.isEmpty()) {
            // a plan started by others with no community for this inspector: said so, and nothing listed
            textIn("#no-assignments", "没有分配给您的小区");
            return;
        }
        for (String c : mine) {
            visible("#assignment-list li[data-community='" + c + "']");
        }
        assertEquals(mine.size(), browser.findElements(By.cssSelector("#assignment-list li")).size(), "only this inspector's assignments");
        String community = mine.get(0);
        visible("#inspect-" + community).click();
        assertEquals(community, new Select(browser.findElement(By.id("community"))).getFirstSelectedOption().getAttribute("value"));
        textIn("#community-kind", "计划内");
        everyItemAtFullScore();
        browser.findElement(By.id("inspection-submit")).click();
        textIn("#verdict-result", community);
        long id = Long.parseLong(visible("#verdict-id").getText().replace("#", ""));
        JsonObject stored = api.get("api/v1/inspections/" + id, "bureau").json();
        assertTrue(stored.getBoolean("planned"), stored::toString);
        assertEquals(plan.getJsonNumber("id").longValue(), stored.getJsonNumber("planId").longValue());
        textIn("#assignment-list li[data-community='" + community + "']", "已检查");
        shot("inspector-plan-zh-360");
    }

    @Test
    void anInspectionWhoseAnswerIsLostIsSentAgainWithItsClientKeyAndStoredOnce() throws Exception {
        awayFromMidnight();
        Api api = new Api(url);
        String community = QualityIT.community(api, Deployments.uniqueTag() + "-C");
        browser.manage().window().setSize(new Dimension(360, 800));
        signIn("inspector-jj", "inspector.html");
        choose("community", community);
        everyItemAtFullScore();
        // a veto fails it whatever its score
        WebElement veto = browser.findElement(By.id("veto-MIXED-COLLECTION"));
        veto.click();
        assertEquals("true", veto.getAttribute("aria-pressed"));

        // the first answer is lost on the way back: the server stored the inspection, the page saw a network failure
        js().executeScript("""
                const real = window.fetch;
                window.lostAnswers = 0;
                window.sentBodies = [];
                window.fetch = async (resource, init) => {
                  const posting = String(resource).endsWith('api/v1/inspections') && init && init.method === 'POST';
                  if (posting) window.sentBodies.push(init.body);
                  const answer = await real(resource, init);
                  if (posting && window.lostAnswers === 0) { window.lostAnswers = 1; throw new TypeError('Failed to fetch'); }
                  return answer;
                };""");
        browser.findElement(By.id("inspection-submit")).click();
        textIn("#inspection-message", "没有收到服务器的答复");
        String kept = (String) js().executeScript("return localStorage.getItem('wastenet.inspection.inspector-jj')");
        assertTrue(kept != null && kept.contains(community), "kept on the phone until acknowledged: " + kept);
        // sent again by itself (or by a second press): the same body with the same key, answered with the first record
        textIn("#verdict-result", "不合格");
        visible("#verdict-rectification");
        @SuppressWarnings("unchecked")
        List<String> bodies = (List<String>) js().executeScript("return window.sentBodies");
        assertTrue(bodies.size() >= 2, "sent again: " + bodies);
        assertEquals(1, bodies.stream().distinct().count(), "every retry is the same request, with the same client key: " + bodies);
        assertEquals(null, js().executeScript("return localStorage.getItem('wastenet.inspection.inspector-jj')"), "forgotten once acknowledged");

        var list = api.get("api/v1/inspections?communityCode=" + community, "bureau").json();
        assertEquals(1, list.getInt("total"), "stored once: " + list);
        JsonObject stored = list.getJsonArray("items").getJsonObject(0);
        assertFalse(stored.getBoolean("passed"));
        assertEquals(List.of("MIXED-COLLECTION"), stored.getJsonArray("vetoes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals(String.valueOf(stored.getJsonNumber("rectificationId").longValue()),
                browser.findElement(By.id("verdict-rectification")).getText().replaceAll("\\D", ""));
    }

    @Test
    void withoutASignalTheInspectorGoesOnToTheNextCommunityAndBothInspectionsAreStoredOnceWhenTheNetworkIsBack() throws Exception {
        awayFromMidnight();
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String first = QualityIT.community(api, tag + "-Q1");
        String second = QualityIT.community(api, tag + "-Q2");
        browser.manage().window().setSize(new Dimension(360, 800));
        signIn("inspector-jj", "inspector.html");
        visible("#items fieldset.item");
        var chrome = (org.openqa.selenium.chromium.HasNetworkConditions) browser;
        var offline = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        offline.setOffline(true);
        chrome.setNetworkConditions(offline);
        try {
            for (String community : List.of(first, second)) {
                choose("community", community);
                everyItemAtFullScore();
                browser.findElement(By.id("comment")).sendKeys("无信号 " + community);
                browser.findElement(By.id("inspection-submit")).click();
                textIn("#inspection-message", "可以继续检查下一个小区");
                // kept on the phone, and the form is free for the next community
                waiting().until(d -> "".equals(d.findElement(By.id("comment")).getAttribute("value")));
            }
            textIn("#resend-status", "2 条检查保存在本机");
            String kept = (String) js().executeScript("return localStorage.getItem('wastenet.inspection.inspector-jj')");
            assertTrue(kept != null && kept.contains(first) && kept.contains(second), "both kept on the phone: " + kept);
            assertEquals(0, api.get("api/v1/inspections?communityCode=" + first, "bureau").json().getInt("total"), "nothing reached the server");
        } finally {
            chrome.deleteNetworkConditions();
        }
        // the network is back: both go, in order, each once; the queue is emptied
        waiting().until(d -> js().executeScript("return localStorage.getItem('wastenet.inspection.inspector-jj')") == null);
        textIn("#verdict-result", second);
        List<Long> ids = new java.util.ArrayList<>();
        for (String community : List.of(first, second)) {
            var list = api.get("api/v1/inspections?communityCode=" + community, "bureau").json();
            assertEquals(1, list.getInt("total"), "stored once: " + list);
            assertEquals("无信号 " + community, list.getJsonArray("items").getJsonObject(0).getString("comment"));
            ids.add(list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        }
        assertTrue(ids.get(0) < ids.get(1), "sent in the order they were kept: " + ids);
        waiting().until(d -> !d.findElement(By.id("resend-status")).isDisplayed());
    }

    @Test
    void aKeptInspectionTheServerRefusesIsListedOnThePhoneUntilTheInspectorDismissesIt() throws Exception {
        awayFromMidnight();
        Api api = new Api(url);
        String community = QualityIT.community(api, Deployments.uniqueTag() + "-R");
        browser.manage().window().setSize(new Dimension(360, 800));
        signIn("inspector-jj", "inspector.html");
        choose("community", community);
        everyItemAtFullScore();
        // the first send gets no answer (the form moves on); the next is refused, as for a month whose return was locked meanwhile
        js().executeScript("""
                const real = window.fetch;
                window.posts = 0;
                window.fetch = async (resource, init) => {
                  if (String(resource).endsWith('api/v1/inspections') && init && init.method === 'POST') {
                    window.posts++;
                    if (window.posts === 1) throw new TypeError('Failed to fetch');
                    return new Response(JSON.stringify({type: 'urn:wastenet:problem:conflict', title: 'Conflict', status: 409,
                      detail: 'the return of 510104 for this month is locked'}), {status: 409, headers: {'Content-Type': 'application/problem+json'}});
                  }
                  return real(resource, init);
                };""");
        browser.findElement(By.id("inspection-submit")).click();
        textIn("#inspection-message", "可以继续检查下一个小区");
        // sent again by itself, refused: listed with the server's reason, out of the queue, kept on the phone
        textIn("#refused-list", "被服务器拒绝");
        textIn("#refused-list li[data-community='" + community + "']", "the return of 510104 for this month is locked");
        assertEquals(null, js().executeScript("return localStorage.getItem('wastenet.inspection.inspector-jj')"), "out of the queue");
        assertEquals(0, api.get("api/v1/inspections?communityCode=" + community, "bureau").json().getInt("total"), "nothing stored");
        Axe.noSeriousViolations(browser, "inspector.html with a refused kept inspection");
        browser.navigate().refresh();
        textIn("#refused-list li[data-community='" + community + "']", "the return of 510104 for this month is locked");
        browser.findElement(By.id("lang-switch")).click();
        textIn("#refused-list", "must be done again");
        browser.findElement(By.cssSelector("#refused-list li[data-community='" + community + "'] button.dismiss")).click();
        waiting().until(d -> !d.findElement(By.id("refused-list")).isDisplayed());
        assertEquals(null, js().executeScript("return localStorage.getItem('wastenet.inspection.inspector-jj.refused')"), "dismissed: forgotten");
        js().executeScript("localStorage.setItem('wastenet.lang', 'zh')");
    }

    @Test
    void theInspectorsPageIsAccessibleAtAPhonesAndADesktopsWidthInBothLanguages() throws Exception {
        signIn("inspector-jj", "inspector.html");
        for (String lang : List.of("zh", "en")) {
            for (int width : new int[] {360, 1366}) {
                browser.manage().window().setSize(new Dimension(width, width == 360 ? 800 : 900));
                js().executeScript("localStorage.setItem('wastenet.lang', arguments[0])", lang);
                browser.get(url + "inspector.html");
                visible("#items fieldset.item");
                visible("#assignments > *");
                waiting().until(d -> lang.equals("en") == "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
                Thread.sleep(600);
                if (width == 360) {
                    noSidewaysScrolling(360);
                }
                if (lang.equals("en")) {
                    labelsInEnglish("inspector.html in English at " + width + " px: labels still in Chinese");
                    assertEquals("Sorting inspections", browser.findElement(By.tagName("h1")).getText());
                    assertEquals("Send the inspection", browser.findElement(By.id("inspection-submit")).getText());
                }
                Axe.noSeriousViolations(browser, "inspector.html " + lang + " " + width);
                shot("inspector-" + lang + "-" + width);
            }
        }
        js().executeScript("localStorage.setItem('wastenet.lang', 'zh')");
        // the home page sends the inspector to the phone page
        browser.get(url + "index.html");
        assertTrue(visible("#go-inspector").getAttribute("href").endsWith("inspector.html"));
    }

    // ---- the district page

    @Test
    void theDistrictOfficerSeesEachCommunitysStatusAndRecordsARectificationWithAPhoto() throws Exception {
        awayFromMidnight();
        Api api = new Api(url);
        String tag = Deployments.uniqueTag();
        String passed = QualityIT.community(api, tag + "-A");
        String failed = QualityIT.community(api, tag + "-B");
        String unknown = QualityIT.community(api, tag + "-N");
        LocalDate today = LocalDate.now(CITY);
        var ok = api.post("api/v1/inspections", "inspector-jj", QualityIT.inspection(passed, QualityIT.at(today, 8),
                QualityIT.scores(20, 30, 20, 15, 15), List.of(), List.of(), null));
        assertEquals(201, ok.status(), ok::toString);
        assertTrue(ok.json().getBoolean("passed"));
        var picture = api.postBytes("api/v1/photos", "inspector-jj", "image/png", Files.readAllBytes(photo()));
        assertEquals(201, picture.status(), picture::toString);
        long photoId = picture.json().getJsonNumber("id").longValue();
        var vetoed = api.post("api/v1/inspections", "inspector-jj", QualityIT.inspection(failed, QualityIT.at(today, 9),
                QualityIT.scores(20, 30, 20, 15, 15), List.of("MIXED-COLLECTION"), List.of(photoId), null));
        assertEquals(201, vetoed.status(), vetoed::toString);
        long rectification = vetoed.json().getJsonNumber("rectificationId").longValue();

        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn("officer-jj", "district.html");
        assertEquals(today.toString().substring(0, 7), new Select(visible("#q-month")).getFirstSelectedOption().getAttribute("value"),
                "the month under way first");
        WebElement a = visible("#standard-table tr[data-community='" + passed + "']");
        assertEquals("true", a.getAttribute("data-standard"));
        assertTrue(a.getText().contains("达标") && a.getText().contains("检查合格"), a.getText());
        WebElement b = browser.findElement(By.cssSelector("#standard-table tr[data-community='" + failed + "']"));
        assertEquals("false", b.getAttribute("data-standard"));
        assertTrue(b.getText().contains("未达标") && b.getText().contains("有否决项"), b.getText());
        WebElement n = browser.findElement(By.cssSelector("#standard-table tr[data-community='" + unknown + "']"));
        assertEquals("null", n.getAttribute("data-standard"));
        assertTrue(n.getText().contains("未知") && !n.getText().contains("未达标"), "not inspected is unknown, not 'not standard': " + n.getText());
        // the summary counts what the API counts
        var verdicts = api.get("api/v1/communities/standard?scope=510104&from=" + today.withDayOfMonth(1) + "&to=" + today, "officer-jj").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        long standard = verdicts.stream().filter(v -> v.get("standard").equals(JsonValue.TRUE)).count();
        textIn("#standard-summary", "达标 " + NumberFormat.getIntegerInstance(Locale.US).format(standard) + " 个");

        // the inspection behind the verdict: its score, its veto, its comment and its photo, read with the officer's rights
        b.findElement(By.cssSelector("button.inspections")).click();
        textIn("#inspections-title", failed);
        assertEquals("inspections-title", browser.switchTo().activeElement().getAttribute("id"), "focus moves to the inspections");
        WebElement shown = visible("#inspections-table tr[data-inspection='" + vetoed.json().getJsonNumber("id").longValue() + "']");
        assertEquals("false", shown.getAttribute("data-passed"));
        assertTrue(shown.getText().contains("否决项：") && shown.getText().contains("inspector-jj"), shown.getText());
        // the veto by the rubric's own name for it, as the inspector's page shows it
        String vetoName = api.get("api/v1/inspection-rubrics/" + vetoed.json().getString("rubricCode"), "officer-jj").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).filter(i -> i.getString("code").equals("MIXED-COLLECTION")).findFirst().orElseThrow().getString("name");
        assertEquals(vetoName, shown.findElement(By.cssSelector("[data-veto='MIXED-COLLECTION']")).getText());
        JsonObject behind = vetoed.json();
        assertTrue(shown.getText().contains(behind.getJsonNumber("totalScore").bigDecimalValue().stripTrailingZeros().toPlainString()), shown.getText());
        waiting().until(d -> String.valueOf(d.findElement(By.cssSelector("img[data-photo='" + photoId + "']")).getAttribute("src")).startsWith("data:image/png"));
        assertEquals(Boolean.TRUE, js().executeScript("return document.querySelector(\"img[data-photo='" + photoId + "']\").naturalWidth > 0"),
                "the photo is drawn");
        Axe.noSeriousViolations(browser, "district.html with a community's inspections");
        browser.findElement(By.id("inspections-close")).click();
        waiting().until(d -> !d.findElement(By.id("inspections-drill")).isDisplayed());
        assertTrue(browser.switchTo().activeElement().getAttribute("class").contains("inspections"), "focus returns to the count");

        // open rectifications with their due dates; the overdue ones marked
        WebElement item = visible("#rectification-list li[data-rectification='" + rectification + "']");
        JsonObject open = api.get("api/v1/rectifications/" + rectification, "officer-jj").json();
        assertTrue(item.getText().contains(open.getString("dueDate").replace('-', '/')), item.getText());
        var overdue = api.get("api/v1/rectifications?districtCode=510104&status=OPEN&overdue=true&size=1", "officer-jj").json();
        if (overdue.getInt("total") > 0) {
            long late = overdue.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            WebElement lateItem = browser.findElement(By.cssSelector("#rectification-list li[data-rectification='" + late + "']"));
            assertTrue(lateItem.getAttribute("class").contains("overdue") && lateItem.getText().contains("逾期"), lateItem.getText());
        }
        // the officer records what the community did, with a photo; a comment is needed first
        WebElement submit = browser.findElement(By.id("rect-submit-" + rectification));
        submit.click();
        textIn("#rect-message-" + rectification, "请填写整改情况说明");
        assertEquals("true", browser.findElement(By.id("rect-comment-" + rectification)).getAttribute("aria-invalid"));
        browser.findElement(By.id("rect-comment-" + rectification)).sendKeys("已撤除混收车辆，改为分类收运 " + tag);
        browser.findElement(By.id("rect-photo-" + rectification)).sendKeys(photo().toString());
        uploaded("#rect-photos-" + rectification, 1);
        browser.findElement(By.id("rect-submit-" + rectification)).click();
        textIn("#quality-message", "等待复查");
        textIn("#rectification-list li[data-rectification='" + rectification + "']", "已整改，待复查");
        JsonObject done = api.get("api/v1/rectifications/" + rectification, "officer-jj").json();
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals("officer-jj", done.getString("completedBy"));
        assertTrue(done.getString("comment").endsWith(tag));
        assertEquals(1, done.getJsonArray("photoIds").size());
        Axe.noSeriousViolations(browser, "district.html with the quality sections");
        shot("district-quality-zh-1366");

        // in English, the same statuses in words
        browser.findElement(By.id("lang-switch")).click();
        textIn("#standard-table tr[data-community='" + unknown + "']", "unknown (not inspected)");
        textIn("#standard-table tr[data-community='" + failed + "']", "not standard");
        textIn("#standard-table tr[data-community='" + passed + "']", "passed");
        textIn("#rectification-list li[data-rectification='" + rectification + "']", "awaiting re-inspection");
        labelsInEnglish("the district page in English");
        Axe.noSeriousViolations(browser, "district.html in English");
        shot("district-quality-en-1366");
    }

    // ---- the hauler and the plant

    @Test
    void aHaulerRefusesAContaminatedBinAtPickupWithAPhotoAndSeesTheNotice() throws Exception {
        awayFromMidnight();
        Api api = new Api(url);
        String reason = "厨余桶内混有大量塑料袋 " + Deployments.uniqueTag();
        browser.manage().window().setSize(new Dimension(360, 800));
        signIn("hauler01", "hauler.html");
        // the points of the hauler's routes, by their names once they arrive
        String point = waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            var options = d.findElements(By.cssSelector("#refusal-point option"));
            if (options.size() < 2 || !options.get(1).getText().trim().contains(" ")) {
                return null;
            }
            String value = options.get(1).getAttribute("value");
            new Select(d.findElement(By.id("refusal-point"))).selectByValue(value);
            return value;
        });
        browser.findElement(By.id("refusal-submit")).click();
        textIn("#refusal-message", "请填写拒运原因");
        browser.findElement(By.id("refusal-reason")).sendKeys(reason);
        browser.findElement(By.id("refusal-photo")).sendKeys(photo().toString());
        uploaded("#refusal-photos", 1);
        browser.findElement(By.id("refusal-submit")).click();
        textIn("#refusal-message", "已登记拒运");
        textIn("#refusal-list", reason);
        noSidewaysScrolling(360);
        shot("hauler-refusal-zh-360");

        var mine = api.get("api/v1/kitchen-waste/refusals?haulerCode=H01&pointCode=" + point + "&size=100", "hauler01").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(r -> r.getString("reason").equals(reason)).toList();
        assertEquals(1, mine.size(), "stored once: " + mine);
        JsonObject refusal = mine.get(0);
        assertEquals("OPEN", refusal.getString("status"));
        assertEquals(1, refusal.getJsonArray("photoIds").size());
        WebElement card = visible("#refusal-list li[data-refusal='" + refusal.getJsonNumber("id") + "']");
        assertTrue(card.getText().contains(refusal.getString("dueDate").replace('-', '/')), card.getText());
        Axe.noSeriousViolations(browser, "hauler.html with a refusal");

        browser.findElement(By.id("lang-switch")).click();
        textIn("#refusal-list li[data-refusal='" + refusal.getJsonNumber("id") + "']", "notice open");
        labelsInEnglish("the hauler page in English");

        // the next clean pickup at the point closes the notice (and leaves none open for the other tests of the point)
        Thread.sleep(1500);
        String plate = RefusalsIT.newVehicle(api, Deployments.uniqueTag());
        String pickup = RefusalsIT.pickUp(api, point, plate, "80", java.time.OffsetDateTime.now(CITY).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        JsonObject closed = api.get("api/v1/kitchen-waste/refusals/" + refusal.getJsonNumber("id"), "hauler01").json();
        assertEquals("CLOSED", closed.getString("status"), closed::toString);
        assertEquals(pickup, closed.getString("closedByManifestNo"));
    }

    @Test
    void aPlantRejectsPartOfADeliveredLoadToAnIncineratorOrLandfill() throws Exception {
        awayFromMidnight();
        Api api = new Api(url);
        String vehicle = Deployments.uniqueTag() + "-V";
        assertEquals(201, api.post("api/v1/vehicles", "admin", "{\"code\":\"" + vehicle + "\",\"haulerCode\":\"H01\",\"capacityKg\":2000}").status());
        var m = api.post("api/v1/kitchen-waste/manifests", "hauler01", "{\"sourcePointCode\":\"JJ-P001\",\"haulerCode\":\"H01\",\"vehicleCode\":\""
                + vehicle + "\",\"weightKg\":100,\"pickedUpAt\":\"" + timeAgo(2) + "\",\"destinationFacilityCode\":\"QL-KW01\"}");
        assertEquals(201, m.status(), m::toString);
        String manifest = m.json().getString("manifestNo");

        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn("plant-ql", "facility.html");
        visible("#incoming-list li[data-manifest='" + manifest + "'] input.pick").click();
        browser.findElement(By.id("delivery-weight")).sendKeys("100");
        // the whole load with one press, then a part of it
        browser.findElement(By.id("reject-all")).click();
        assertEquals("100", browser.findElement(By.id("rejected-kg")).getAttribute("value"));
        WebElement rejected = browser.findElement(By.id("rejected-kg"));
        rejected.clear();
        rejected.sendKeys("30");
        browser.findElement(By.id("delivery-submit")).click();
        textIn("#delivery-message", "请填写拒收原因");
        assertEquals("true", browser.findElement(By.id("rejection-reason")).getAttribute("aria-invalid"));
        assertEquals(0, api.get("api/v1/kitchen-waste/manifests/" + manifest, "plant-ql").json().getJsonNumber("deliveredKg") == null ? 0 : 1,
                "nothing sent");
        browser.findElement(By.id("rejection-reason")).sendKeys("混有大量塑料袋和玻璃");
        Select to = new Select(browser.findElement(By.id("rejected-to")));
        assertTrue(to.getOptions().size() > 1, "incineration plants and landfills to choose from");
        String destination = to.getOptions().get(1).getAttribute("value");
        to.selectByValue(destination);
        browser.findElement(By.id("delivery-submit")).click();
        textIn("#delivery-message", "已交付 1 张联单");
        textIn("#rejection-result", "拒收 30 kg");
        textIn("#rejection-result", "接收 70 kg");
        shot("facility-rejection-zh-1366");

        JsonObject stored = api.get("api/v1/kitchen-waste/manifests/" + manifest, "plant-ql").json();
        assertEquals(0, new BigDecimal("30").compareTo(stored.getJsonNumber("rejectedKg").bigDecimalValue()), stored::toString);
        assertEquals(0, new BigDecimal("70").compareTo(stored.getJsonNumber("acceptedKg").bigDecimalValue()), stored::toString);
        assertEquals(destination, stored.getString("rejectedToFacilityCode"));
        assertEquals("混有大量塑料袋和玻璃", stored.getString("rejectionReason"));
        Axe.noSeriousViolations(browser, "facility.html with a rejection");
        browser.findElement(By.id("lang-switch")).click();
        textIn("legend", "Rejection");
        labelsInEnglish("the facility page in English");
    }

    // ---- the bureau

    @Test
    void theBureauSeesTheStandardCommunitiesOfTheCityAndEachDistrictAgainstTheTargetOfTenThousand() throws Exception {
        Api api = new Api(url);
        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn("bureau", "bureau.html");
        String month = chosen("#month");
        var ym = java.time.YearMonth.parse(month);
        JsonObject city = api.get("api/v1/indicators?scope=CITY&from=" + ym.atDay(1) + "&to=" + ym.atEndOfMonth(), "bureau").json()
                .getJsonObject("standardCommunities");
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        WebElement total = visible("#standard-table tr[data-district='CITY']");
        List<String> cells = total.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of(n.format(city.getInt("count")), n.format(city.getInt("inspected")), n.format(city.getInt("communities"))),
                cells.subList(0, 3), "the city's 达标 counts as the API answers them");
        // the city's target is the definition set's (the plan's 10,000, set by migration V49_1 on the sets shipped), not the page's
        assertEquals(10000, city.getInt("target"), "the city's answer carries the target: " + city);
        textIn("#standard-target", "全市达标小区 " + n.format(city.getInt("count")) + " 个，目标 10,000 个");
        assertEquals(String.valueOf(city.getInt("count")), browser.findElement(By.id("standard-progress")).getAttribute("value"));
        assertEquals("10000", browser.findElement(By.id("standard-progress")).getAttribute("max"));
        JsonObject jinjiang = api.get("api/v1/indicators?scope=510104&from=" + ym.atDay(1) + "&to=" + ym.atEndOfMonth(), "bureau").json()
                .getJsonObject("standardCommunities");
        WebElement jj = browser.findElement(By.cssSelector("#standard-table tr[data-district='510104']"));
        assertEquals(List.of(n.format(jinjiang.getInt("count")), n.format(jinjiang.getInt("inspected")), n.format(jinjiang.getInt("communities"))),
                jj.findElements(By.tagName("td")).stream().map(WebElement::getText).toList().subList(0, 3));
        assertTrue(jinjiang.getInt("inspected") > 0, "the demo inspects Jinjiang last month: " + jinjiang);
        assertTrue(jinjiang.isNull("target"), "the target is the city's, not a district's: " + jinjiang);
        Axe.noSeriousViolations(browser, "bureau.html with 达标 counts");
        shot("bureau-standard-zh-1366");
        browser.findElement(By.id("lang-switch")).click();
        textIn("#standard-target", "against the target of 10,000");
        textIn("#standard-title", "Standard communities");
        labelsInEnglish("the bureau page in English");
    }
}
