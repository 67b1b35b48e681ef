package vn.chungsuc.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's ChromeDriver (explicit paths: Selenium must not try to download a
 * browser; this machine reaches no such site). Screenshots land in target/screenshots for a person to look at.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    final WebDriver driver;
    private final String base;

    Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .withEnvironment(java.util.Map.of("LANGUAGE", "vi", "LANG", "vi_VN.UTF-8"))
                .build();
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "vi-VN,vi"));
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        this.base = "http://localhost:" + port;
    }

    void open(String path) {
        driver.get(base + path);
    }

    void login(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    /** The visible text of the page; read again if the page was replaced while reading. */
    String text() {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (StaleElementReferenceException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    /** Clicks and waits until the browser has left the current page. */
    void clickAndWait(By locator) {
        String before = driver.getCurrentUrl();
        inView(driver.findElement(locator)).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(before));
    }

    /**
     * Clicks and waits until the page that was showing is gone (a form posted to the same address leaves the URL
     * alone). While the old document is torn down, Chrome may answer a probe of it with a "node does not belong to
     * the document" error rather than a stale reference: both mean the page was replaced.
     */
    void clickAndReload(By locator) {
        WebElement page = driver.findElement(By.tagName("html"));
        inView(driver.findElement(locator)).click();
        waitUntilGone(page);
    }

    /**
     * Scrolls the element to the middle of the window at once: Bootstrap's smooth scrolling would otherwise still
     * be moving the page when the click lands, and the click would hit whatever passes under the pointer.
     */
    WebElement inView(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        return element;
    }

    void waitUntilGone(WebElement page) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
