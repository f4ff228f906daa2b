package org.tumen.app.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both named explicitly so that Selenium Manager never
 * runs (it would try to download a browser). Missing locally, the browser tests are skipped; under {@code CI=true}
 * they fail, since CI installs both.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    private final Path profile;
    private final String base;

    private Browser(WebDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    static void assumeInstalled() {
        boolean there = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!there && "true".equals(System.getenv("CI")))
            throw new AssertionError("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing; .ci/run"
                    + " installs chromium and chromium-driver");
        Assumptions.assumeTrue(there, "chromium and chromium-driver are not installed; browser tests skipped");
    }

    static Browser open(String base) throws IOException {
        Path profile = Files.createTempDirectory("tumen-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), profile, base);
    }

    void get(String path) {
        driver.get(base + path);
    }

    /** Waits until the page's script marks its holder ready ({@code data-ready}). */
    void ready(String holderId) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#" + holderId + "[data-ready]"))
                        .isEmpty());
    }

    Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No payload ran and no element from it is in the page. */
    void assertInert() {
        assertThat(js("return typeof window.__xss"))
                .as("window.__xss on " + driver.getCurrentUrl())
                .isEqualTo("undefined");
        assertThat(driver.findElements(By.cssSelector("img[src='x'], img[onerror], [onerror]")))
                .as("payload elements on " + driver.getCurrentUrl())
                .isEmpty();
        assertThat(driver.findElements(By.xpath("//b[normalize-space()='bold']")))
                .isEmpty();
        for (var script : driver.findElements(By.tagName("script"))) {
            String src = script.getAttribute("src");
            String type = script.getAttribute("type");
            assertThat(src != null && !src.isEmpty() || "application/json".equals(type))
                    .as("a script element without src on " + driver.getCurrentUrl())
                    .isTrue();
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a profile left in /tmp is harmless
        }
    }
}
