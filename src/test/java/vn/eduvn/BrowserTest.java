package vn.eduvn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A principal in a real browser (Debian's headless Chromium): signs in, reads the Vietnamese home page,
 * switches to English, and is refused another school's page.
 */
@EduVnTest
class BrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @LocalServerPort
    int port;

    @Autowired
    Demo demo;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
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
                "--window-size=360,800",
                "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPrincipalSignsInSwitchesToEnglishAndIsRefusedAnotherSchool() {
        browser.get(url("/"));
        assertThat(browser.getTitle()).startsWith("Đăng nhập");
        browser.findElement(By.id("username")).sendKeys("hieutruong1");
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.titleContains("Trang chủ"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xin chào, Nguyễn Thị Lan");
        assertThat(browser.findElement(By.id("grants")).getText())
                .contains("Hiệu trưởng", demo.school1().name());
        screenshot("home-vi-360px");

        // On a 360 px phone screen the language switch sits in the collapsed menu.
        browser.findElement(By.className("navbar-toggler")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("lang-en"))).click();
        wait.until(ExpectedConditions.titleContains("Home"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hello, Nguyễn Thị Lan");
        assertThat(browser.findElement(By.id("grants")).getText()).contains("Principal");

        browser.get(url("/units/" + demo.school2().id()));
        assertThat(browser.findElement(By.id("error-title")).getText()).isEqualTo("Not found");
        assertThat(browser.getPageSource()).doesNotContain(demo.school2().name());

        browser.get(url("/units/" + demo.school1().id()));
        assertThat(browser.findElement(By.id("unit-name")).getText())
                .isEqualTo(demo.school1().name());
        screenshot("unit-en-360px");
    }

    /** Kept under target/screenshots for a reviewer to look at the page as a phone shows it. */
    private void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
