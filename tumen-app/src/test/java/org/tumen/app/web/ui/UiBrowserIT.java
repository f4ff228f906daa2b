package org.tumen.app.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tumen.app.cli.StoreOptions;
import org.tumen.app.web.WebContext;
import org.tumen.app.web.WebServer;
import org.tumen.store.ClaimView;
import org.tumen.store.EventQuery;
import org.tumen.store.EventView;

/**
 * The browser UI in headless Chromium over one server and one store for the class: the seed report and a hostile
 * report are ingested first (CoreNLP loads once); each test opens pages, checks what they show and writes a
 * screenshot of each to {@code target/screenshots}.
 */
class UiBrowserIT {
    static final String HOSTILE_TITLE = "<img src=x onerror=\"window.__xss=3\">Hostile <b>bold</b> title";
    static final String HOSTILE_TEXT = "Moscow sent 30 <b>bold</b> horses by train to North Korea on 3 March 2023,"
            + " the customs office <script>window.__xss=1</script> said. A second note read <img src=x"
            + " onerror=\"window.__xss=2\"> and </textarea><svg onload=\"window.__xss=4\"> and \u2028 a line"
            + " separator. Officials in Pyongyang denied it.";

    @TempDir
    static Path data;

    static WebContext context;
    static WebServer server;
    static Browser browser;
    static String seedId;
    static String hostileId;
    static EventView horses;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        StoreOptions options = new StoreOptions();
        options.data = data;
        context = WebContext.open(options);
        UiIngest ingest = new UiIngest(context);
        byte[] seed = Files.readAllBytes(Path.of("..", "samples", "orlov-trotters.txt"));
        seedId = ingest.files(List.of(new UiIngest.Upload("orlov-trotters.txt", seed)), 1 << 20)
                .getFirst()
                .reportId();
        hostileId = ingest.paste(HOSTILE_TITLE, LocalDate.of(2023, 3, 5), HOSTILE_TEXT)
                .reportId();
        horses = context.store().events(EventQuery.builder().type("TRANSFER").build()).stream()
                .filter(e -> String.valueOf(e.role("item")).contains("horse")
                        && String.valueOf(e.when()).startsWith("2022")
                        && e.claims().stream().allMatch(c -> c.reportId().equals(seedId)))
                .findFirst()
                .orElseThrow();
        server = WebServer.start(context, "127.0.0.1", 0);
        browser = Browser.open("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
        if (context != null) context.close();
    }

    @Test
    void dashboard_lists_the_latest_events_and_reports() {
        browser.get("/");
        browser.screenshot("dashboard");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(links("/events/" + horses.id())).isNotEmpty();
        assertThat(links("/reports/" + seedId)).isNotEmpty();
        browser.assertInert();
    }

    @Test
    void timeline_shows_the_horse_shipment() {
        browser.get("/timeline");
        browser.ready("timeline");
        // vis paints after it builds its items: wait for the drawn axis before the screenshot
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#timeline .vis-time-axis .vis-text")).stream()
                        .anyMatch(WebElement::isDisplayed));
        browser.screenshot("timeline");
        WebElement item = browser.driver.findElement(By.cssSelector("#timeline [data-event-id='" + horses.id() + "']"));
        // textContent: vis hides items outside the visible window, and Selenium's getText is empty for hidden text
        assertThat(item.getAttribute("textContent"))
                .contains("Transfer of goods")
                .contains("horses");
        browser.assertInert();
    }

    @Test
    void map_shows_the_horse_shipment_as_an_arrow_over_country_shapes() {
        browser.get("/map");
        browser.ready("map");
        browser.screenshot("map");
        assertThat(browser.driver.findElements(By.cssSelector("#map path[data-event-id='" + horses.id() + "']")))
                .hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("#map path.leaflet-interactive")))
                .hasSizeGreaterThan(150);
        browser.assertInert();
    }

    @Test
    void event_page_marks_the_evidence_sentence_inside_its_report() {
        browser.get("/events/" + horses.id());
        browser.screenshot("event");
        ClaimView claim = horses.claims().getFirst();
        List<WebElement> marks = browser.driver.findElements(By.cssSelector("mark.evidence"));
        assertThat(marks)
                .extracting(WebElement::getText)
                .contains(claim.evidence().text());
        assertThat(browser.driver.getPageSource()).contains("Assessment").contains("UN-DPRK/luxury-goods");
        browser.driver.findElement(By.cssSelector("article.claim p.meta a")).click();
        browser.screenshot("report");
        assertThat(browser.driver.findElement(By.id("evidence")).getText())
                .isEqualTo(horses.claims().stream()
                        .filter(c -> c.reportId().equals(seedId))
                        .findFirst()
                        .orElseThrow()
                        .evidence()
                        .text());
        browser.assertInert();
    }

    @Test
    void search_finds_orlov() {
        browser.get("/search?q=Orlov");
        browser.screenshot("search");
        // the index knows a report by the id it was ingested under; the reader accepts either id
        assertThat(links("/reports/orlov-trotters")).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("p.snippet mark")))
                .extracting(WebElement::getText)
                .anyMatch(t -> t.equalsIgnoreCase("Orlov"));
    }

    @Test
    void a_report_pasted_into_the_form_is_stored_and_shown() {
        browser.get("/ingest");
        browser.driver.findElement(By.name("title")).sendKeys("Pasted in the browser test");
        browser.driver
                .findElement(By.name("text"))
                .sendKeys("China sent 12 trucks of flour to North Korea across the Dandong bridge on 1 May 2024,"
                        + " a trader said.");
        browser.screenshot("ingest-form");
        browser.driver.findElement(By.id("ingest-submit")).click();
        browser.screenshot("ingest-done");
        WebElement result = browser.driver.findElement(By.cssSelector("section.results a"));
        result.click();
        assertThat(browser.driver.findElement(By.cssSelector("h1.report-title")).getText())
                .isEqualTo("Pasted in the browser test");
        assertThat(browser.driver
                        .findElement(By.cssSelector("article.report-text"))
                        .getText())
                .contains("12 trucks of flour");
        browser.get("/");
        assertThat(browser.driver.findElement(By.cssSelector("ul.reports")).getText())
                .contains("Pasted in the browser test");
    }

    @Test
    void a_hostile_report_is_shown_as_text_everywhere() {
        browser.get("/reports/" + hostileId);
        browser.screenshot("hostile-report");
        assertThat(browser.driver.findElement(By.cssSelector("h1.report-title")).getText())
                .isEqualTo(HOSTILE_TITLE);
        assertThat(browser.driver
                        .findElement(By.cssSelector("article.report-text"))
                        .getText())
                .contains("<script>window.__xss=1</script>")
                .contains("<img src=x onerror=\"window.__xss=2\">")
                .contains("<b>bold</b>");
        browser.assertInert();
        browser.get("/search?q=hostile");
        browser.screenshot("hostile-search");
        assertThat(browser.driver.findElement(By.cssSelector("ol.hits")).getText())
                .contains("<b>bold</b>");
        browser.assertInert();
        browser.get("/search?q=note");
        assertThat(browser.driver.findElement(By.cssSelector("ol.hits")).getText())
                .contains("A second note read <img src=x onerror=");
        browser.assertInert();
        browser.get("/");
        browser.assertInert();
        for (EventView e : context.store().reportEvents(hostileId, 10)) {
            browser.get("/events/" + e.id());
            browser.screenshot("hostile-event");
            browser.assertInert();
        }
        browser.get("/timeline");
        browser.ready("timeline");
        browser.assertInert();
        browser.get("/map");
        browser.ready("map");
        browser.assertInert();
    }

    @Test
    void entity_place_and_watch_pages_render() {
        browser.get("/entities/find?name=PRK");
        browser.ready("graph");
        browser.screenshot("entity");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(links("/events/" + horses.id())).isNotEmpty();
        browser.get("/entities");
        browser.screenshot("entities");
        browser.get("/places/Tumangang");
        browser.ready("chart");
        browser.screenshot("place");
        assertThat(browser.driver.findElements(By.cssSelector("#chart svg rect")))
                .isNotEmpty();
        browser.get("/watch");
        browser.driver.findElement(By.name("name")).sendKeys("horses-to-prk");
        browser.driver.findElement(By.name("party")).sendKeys("PRK");
        browser.driver.findElement(By.cssSelector("form.stack button")).click();
        browser.screenshot("watch");
        assertThat(browser.driver.getPageSource()).contains("horses-to-prk");
        browser.assertInert();
    }

    @Test
    void pages_carry_a_content_security_policy() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(UiRoutes.CSP);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static List<WebElement> links(String href) {
        return browser.driver.findElements(By.cssSelector("a[href='" + href + "']"));
    }
}
