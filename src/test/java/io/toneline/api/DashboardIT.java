package io.toneline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * The built-in dashboard in a real headless browser (Debian's chromium and chromium-driver, which
 * src/scripts/test.sh installs; nothing is downloaded) against the packaged application: submit an
 * article, see the chart with its actors and a shift marker, one paragraph numbering (the API's index as
 * "¶ N") in the list, the chart and the shift texts, each actor's arc, no Content-Security-Policy
 * violation, and a queued job appear when it finishes.
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
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // what the page's policy blocks (ECharts draws after this, when the analysis arrives)
        js.executeScript("window.cspViolations = []; document.addEventListener('securitypolicyviolation',"
                + " (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        String article = Files.readString(Path.of("src/test/resources/articles/sanctions-to-talks.txt"));
        WebElement text = browser.findElement(By.id("text"));
        js.executeScript("arguments[0].value = arguments[1];", text, article);
        browser.findElement(By.id("title")).sendKeys("Sanctions to talks");
        browser.findElement(By.id("analyse")).click();

        // the chart (SVG) names the actors in its legend and marks the swing
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart"), "Iran"));
        String chart = browser.findElement(By.id("chart")).getText();
        assertTrue(chart.contains("shift"), "a shift marker in the chart: " + chart);
        assertTrue(browser.findElements(By.cssSelector("#shifts li.shift")).size() > 0);
        assertTrue(browser.findElement(By.id("actors-table")).getText().contains("Iran"));
        assertTrue(browser.findElements(By.cssSelector("#paragraphs mark")).size() > 5, "mentions highlighted");
        assertEquals(List.of(), js.executeScript("return window.cspViolations;"), "nothing blocked by the CSP");
        sameNumberingAsTheApi(wait);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(shot.toPath(), Path.of("target/screenshots/dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
        js.executeScript("document.getElementById('actors-table').scrollIntoView();");
        File lower = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(lower.toPath(), Path.of("target/screenshots/dashboard-paragraphs.png"),
                StandardCopyOption.REPLACE_EXISTING);

        // a queued job shows up in the recent list once it has run
        browser.findElement(By.id("text")).clear();
        js.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("text")),
                article + "\n\nA queued edition.");
        browser.findElement(By.id("queue")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Queued as"));
        String id = browser.findElement(By.id("status")).getText().replaceAll(".*Queued as ([0-9a-f-]+).*", "$1");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#recent li[data-id='" + id + "'][data-status='succeeded']")));
    }

    /** The page shows the API's paragraph indices, shifts and arcs of the analysis it just drew. */
    private void sameNumberingAsTheApi(WebDriverWait wait) {
        String id = given().queryParam("order", "desc").queryParam("limit", 1).when().get("/v1/analyses").then()
                .statusCode(200).extract().jsonPath().getString("items[0].id");
        JsonPath doc = given().when().get("/v1/analyses/" + id).then().statusCode(200).extract().jsonPath();
        List<Integer> indices = doc.getList("analysis.paragraphs.index", Integer.class);
        List<WebElement> items = browser.findElements(By.cssSelector("#paragraphs li"));
        assertEquals(indices.size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            WebElement li = items.get(i);
            assertEquals(String.valueOf(indices.get(i)), li.getDomAttribute("data-index"));
            assertTrue(li.findElement(By.className("pnum")).getText().startsWith("\u00b6 " + indices.get(i)),
                    li.getText());
            String kind = doc.getString("analysis.paragraphs[" + i + "].kind");
            if (!kind.equals("body")) {
                assertTrue(li.getDomAttribute("class").contains("other"), kind);
                assertEquals(kind + ": " + doc.getString("analysis.paragraphs[" + i + "].reason"),
                        li.getDomAttribute("title"));
            }
        }
        String shifts = browser.findElement(By.id("shifts")).getText();
        Map<String, Object> iran = doc.getMap("analysis.actors.find { it.id == 'iran' }");
        List<Map<String, Object>> iranShifts = doc.getList("analysis.actors.find { it.id == 'iran' }.shifts");
        assertFalse(iranShifts.isEmpty());
        for (Map<String, Object> s : iranShifts) {
            String words = "Iran: " + s.get("from") + " \u2192 " + s.get("to") + " (\u00b6 " + s.get("fromParagraph")
                    + " \u2192 \u00b6 " + s.get("toParagraph") + ", confidence ";
            assertTrue(shifts.contains(words), words + " in " + shifts);
        }
        assertEquals(iran.get("arcSummary"),
                browser.findElement(By.cssSelector("#actors-table tr[data-actor='iran'] td.arc")).getText());
        String chart = browser.findElement(By.id("chart")).getText();
        assertTrue(chart.contains("\u00b6 ") && chart.contains("hostile") && chart.contains("conciliatory"), chart);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#recent li[data-id='" + id + "'] button"), "Sanctions to talks"));
    }
}
