package org.jiceng.examples.demo.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jiceng.examples.demo.generate.DistrictSpec;
import org.jiceng.examples.demo.pipeline.DemoPipeline;
import org.jiceng.examples.demo.pipeline.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens report.html in a real browser (Debian's headless chromium through chromedriver) at a desktop
 * and a phone width. Screenshots go to {@code target/report-screenshots/}. Without chromium the test is
 * skipped with a message, unless the environment variable {@code JICENG_BROWSER_REQUIRED=true} (set by
 * {@code .ci/run}) makes that a failure.
 */
class ReportBrowserTest {

    /** Debian's paths; {@code -Djiceng.chromedriver=} and {@code -Djiceng.chromium=} point elsewhere. */
    static final Path CHROMEDRIVER = Path.of(System.getProperty("jiceng.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("jiceng.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "report-screenshots");

    static final String MISSING = "chromium and chromedriver are not installed at " + CHROMIUM + " and "
            + CHROMEDRIVER + " (apt-get install -y chromium chromium-driver): the browser test of report.html cannot run";

    private static Path report;
    private static ChromeDriver driver;

    @BeforeAll
    static void openBrowser(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if ("true".equals(System.getenv("JICENG_BROWSER_REQUIRED"))) {
            Assertions.assertTrue(installed, MISSING + "; JICENG_BROWSER_REQUIRED=true makes that a failure");
        }
        if (!installed) {
            return; // each test is then skipped with MISSING as its reason
        }
        report = DemoPipeline.run(new DemoPipeline.Options(DistrictSpec.small(), ReportParsingTest.SEED, out),
                Progress.silent()).reportFile();
        Files.createDirectories(SCREENSHOTS);
        // An explicit driver and browser: Selenium Manager must not look for or download either.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=zh-CN");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(driver != null, MISSING);
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void desktopShowsTheWholeMapAndAFailingGridLeadsToItsRow() throws Exception {
        open(1400);
        WebElement map = driver.findElement(By.id("map-svg"));
        assertThat(map.isDisplayed()).isTrue();
        assertThat(map.getRect().getWidth()).isBetween(900, 1100);
        assertThat(map.getRect().getHeight()).isGreaterThan(400);
        scrollTo(map);
        screenshot("desktop-1400-map.png");
        fullPage("desktop-1400-full.png");
        clickFailingGrid("desktop-1400-after-click.png");
    }

    @Test
    void anyGridOpensItsRowFromTheKeyboard() throws Exception {
        open(1400);
        WebElement link = driver.findElements(By.cssSelector("#map-grids a")).get(3);
        String target = ((String) driver.executeScript("return arguments[0].getAttribute('xlink:href')", link))
                .substring(1);
        assertThat(target).startsWith(ReportModel.GRID_ROW);
        link.sendKeys(Keys.ENTER);
        assertThat(driver.getCurrentUrl()).endsWith("#" + target);
        WebElement row = driver.findElement(By.id(target));
        assertThat(row.isDisplayed()).isTrue();
        // The row is in the scrolling grid list: it must be scrolled into that box and the page's viewport.
        assertThat(number("var r = document.getElementById('" + target + "').getBoundingClientRect();"
                + " var b = document.querySelector('.scroll').getBoundingClientRect();"
                + " return (r.top >= b.top - 1 && r.bottom <= b.bottom + 1 && r.top >= 0"
                + " && r.bottom <= window.innerHeight) ? 1 : 0")).isEqualTo(1L);
        screenshot("desktop-1400-keyboard.png");
    }

    @Test
    void phoneHasNoHorizontalOverflowAndAFailingGridLeadsToItsRow() throws Exception {
        open(390);
        long viewport = number("return document.documentElement.clientWidth");
        assertThat(viewport).isBetween(370L, 390L);
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(viewport);
        assertThat(number("return document.body.scrollWidth")).isLessThanOrEqualTo(viewport);
        WebElement map = driver.findElement(By.id("map-svg"));
        assertThat(map.isDisplayed()).isTrue();
        assertThat(map.getRect().getWidth()).isBetween(300, (int) viewport);
        assertThat(map.getRect().getHeight()).isGreaterThan(200);
        scrollTo(map);
        screenshot("phone-390-map.png");
        fullPage("phone-390-full.png");
        clickFailingGrid("phone-390-after-click.png");
    }

    private static void open(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get(report.toUri().toString());
        // The window includes no chrome in headless mode, but check what the page really got.
        long inner = number("return window.innerWidth");
        if (inner != width) {
            driver.manage().window().setSize(new Dimension(width + (width - (int) inner), 900));
            driver.get(report.toUri().toString());
        }
    }

    private static void clickFailingGrid(String shot) throws Exception {
        List<WebElement> pins = driver.findElements(By.cssSelector("#map-pins circle.attention-pin"));
        assertThat(pins).as("seed %d has grids graded 不合格", ReportParsingTest.SEED).isNotEmpty();
        WebElement pin = pins.get(0);
        String grid = pin.getAttribute("data-id");
        scrollTo(pin);
        pin.click();
        assertThat(driver.getCurrentUrl()).endsWith("#attention-" + grid);
        WebElement row = driver.findElement(By.id("attention-" + grid));
        assertThat(row.isDisplayed()).isTrue();
        assertThat(row.getText()).contains(grid);
        assertThat(script("return document.querySelector(':target').id")).isEqualTo("attention-" + grid);
        long top = number("return Math.round(document.getElementById('attention-" + grid
                + "').getBoundingClientRect().top)");
        assertThat(top).as("row scrolled into view").isBetween(0L, number("return window.innerHeight") - 10);
        screenshot(shot);
    }

    private static void scrollTo(WebElement e) {
        driver.executeScript("arguments[0].scrollIntoView({block:'center'})", e);
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    private static long number(String js) {
        return ((Number) script(js)).longValue();
    }

    private static void screenshot(String name) throws Exception {
        File f = driver.getScreenshotAs(org.openqa.selenium.OutputType.FILE);
        Files.copy(f.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The whole page, through the DevTools protocol (a WebDriver screenshot is the viewport only). */
    private static void fullPage(String name) throws Exception {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
