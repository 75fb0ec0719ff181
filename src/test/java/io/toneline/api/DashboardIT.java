package io.toneline.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * The built-in dashboard in a real headless browser (Debian's chromium and chromium-driver, which
 * src/scripts/test.sh installs; nothing is downloaded) against the packaged application: submit an
 * article, see the chart with its actors and a shift marker, see a queued job appear when it finishes.
 */
@QuarkusIntegrationTest
class DashboardIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static WebDriver browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no chromium / chromium-driver installed (src/scripts/test.sh installs them)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void analyseAnArticleAndFollowAQueuedJob() throws Exception {
        browser.get(root.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        String article = Files.readString(Path.of("src/test/resources/articles/sanctions-to-talks.txt"));
        WebElement text = browser.findElement(By.id("text"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", text, article);
        browser.findElement(By.id("title")).sendKeys("Sanctions to talks");
        browser.findElement(By.id("analyse")).click();

        // the chart (SVG) names the actors in its legend and marks the swing
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart"), "Iran"));
        String chart = browser.findElement(By.id("chart")).getText();
        assertTrue(chart.contains("shift"), "a shift marker in the chart: " + chart);
        assertTrue(browser.findElements(By.cssSelector("#shifts li.shift")).size() > 0);
        assertTrue(browser.findElement(By.id("actors-table")).getText().contains("Iran"));
        assertTrue(browser.findElements(By.cssSelector("#paragraphs mark")).size() > 5, "mentions highlighted");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(shot.toPath(), Path.of("target/screenshots/dashboard.png"), StandardCopyOption.REPLACE_EXISTING);

        // a queued job shows up in the recent list once it has run
        browser.findElement(By.id("text")).clear();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("text")), article + "\n\nA queued edition.");
        browser.findElement(By.id("queue")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Queued as"));
        String id = browser.findElement(By.id("status")).getText().replaceAll(".*Queued as ([0-9a-f-]+).*", "$1");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#recent li[data-id='" + id + "'][data-status='succeeded']")));
    }
}
