package vn.eduvn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driving the running platform, as a user at a desk or on a phone would. */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;

    private final int port;

    private final WebDriverWait wait;

    public Browser(int port, int width) {
        assertThat(new File(CHROMEDRIVER))
                .as("install Debian's chromium and chromium-driver (see .ci/run)")
                .exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=" + width + ",900",
                "--lang=vi");
        this.driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER))
                        .usingAnyFreePort()
                        .build(),
                options);
        this.port = port;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // htmx swaps parts of a page while a wait reads them; Chromium then reports the old node as gone ("does not
        // belong to the document", a plain WebDriverException). The wait reads again; a real failure still times out.
        this.wait.ignoring(
                org.openqa.selenium.StaleElementReferenceException.class, org.openqa.selenium.WebDriverException.class);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Signs in with the demo password, after signing out whoever was signed in. */
    public void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")))
                .sendKeys(username);
        find("password").sendKeys(Demo.PASSWORD);
        find("login-submit").click();
        wait.until(ExpectedConditions.titleContains("Trang chủ"));
    }

    public WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    /** Clicks an element after scrolling it to the middle of the screen, as a user scrolls before tapping. */
    public void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException coveredOnASmallScreen) {
            // Headless Chromium on a 360-px window sometimes reports the last button of a long page as covered.
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
        }
    }

    /** Agrees to the question an irreversible action asks first, naming what it will do; answers what it asked. */
    public String acceptConfirmation() {
        org.openqa.selenium.Alert question = wait.until(ExpectedConditions.alertIsPresent());
        String text = question.getText();
        question.accept();
        return text;
    }

    /** Sets an input's value as the page would receive it (date inputs take their format from the locale). */
    public void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(id), value);
    }

    /** Keeps what the page looks like now in {@code target/screenshots/<name>.png}, for a person to look at. */
    public void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            java.nio.file.Files.write(
                    dir.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
