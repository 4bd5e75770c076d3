package org.bulletinkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.bulletinkg.serve.KgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser (Debian's chromium, headless, driven by its chromedriver) walks the README's path: the home page,
 * a search for 科学城, a meeting found there, its chair's page. Skipped, with a message, only where chromium or
 * chromedriver is not installed; CI installs both (.ci/run).
 */
class WebBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static KgServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
        server = WebFixtures.serve(WebFixtures.samples());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.quit();
        if (server != null)
            server.stop();
    }

    @Test
    void searchFollowAMeetingToItsChair() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(WebFixtures.root(server) + "/explore/");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("会议通稿知识图谱"));

        WebElement box = browser.findElement(By.id("home-search"));
        box.sendKeys("科学城");
        browser.findElement(By.id("home-search-button")).click();
        wait.until(ExpectedConditions.urlContains("/explore/search"));
        List<WebElement> marks = browser.findElements(By.cssSelector("#hits mark"));
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("科学城")), "the matched words are marked");

        WebElement meeting = browser.findElements(By.cssSelector("#hits .meeting-link a")).stream()
                .filter(a -> a.getText().contains("第174次会议")).findFirst()
                .orElseThrow(() -> new AssertionError("no link to the 174th meeting among the hits"));
        meeting.click();
        wait.until(ExpectedConditions.urlContains("/id/meeting/"));
        assertEquals("海淀区 区委常委会 第174次会议 (2020-04-08)", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("meeting-date")).getText().startsWith("2020-04-08"));

        browser.findElement(By.cssSelector("section.role ul.facts > li > a")).click();
        wait.until(ExpectedConditions.urlContains("/id/person/"));
        assertEquals("于军", browser.findElement(By.tagName("h1")).getText());
        String career = browser.findElement(By.id("career")).getText();
        assertTrue(career.contains("区委书记"), career);
        assertTrue(browser.findElement(By.id("participations")).getText().contains("第174次会议"));
    }

    @Test
    void theFusekiUiOpensWithTheProjectsPrefixes() {
        browser.get(WebFixtures.root(server) + "/explore/");
        browser.findElement(By.partialLinkText("SPARQL")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElements(By.cssSelector(".CodeMirror")).stream()
                .anyMatch(e -> e.getText().contains("PREFIX bkg:")));
    }
}
