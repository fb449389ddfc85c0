package vn.eduvn.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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

import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/** A clerk in a real browser uploads a class list with a bad row and reads the report, then imports the valid rows. */
@EduVnTest
class ImportBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Demo demo;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theClerkReadsWhichRowsAreBadAndImportsTheValidOnes() throws Exception {
        Path file = Files.createTempFile("lop-3C9-", ".xlsx");
        Files.write(file, Workbooks.students(List.of(
                List.of("001217812001", "Trịnh Minh Khang", "12/12/2017", "Nam", "Kinh", "3C9"),
                List.of("001317812002", "Mai Thu Trang", "31/13/2017", "Nữ", "Kinh", "3C9"))));
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("giaovu1");
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.titleContains("Trang chủ"));

        browser.get("http://localhost:" + port + "/schools/" + demo.school1().id() + "/import");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-errors")));
        String report = browser.findElement(By.id("report")).getText();
        assertThat(report).contains("Chưa nhập gì: có 1 dòng lỗi", "Ngày sinh", "Ngày sinh \"31/13/2017\" không tồn tại.");
        assertThat(browser.findElement(By.id("import-errors")).findElement(By.cssSelector("tbody td")).getText()).isEqualTo("3");

        browser.findElement(By.id("mode-valid")).click();
        browser.findElement(By.id("import-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"), "Đã nhập: 1 học sinh mới"));
        assertThat(browser.findElement(By.id("report")).getText()).contains("Đã tạo các lớp mới: 3C9");

        browser.get("http://localhost:" + port + "/schools/" + demo.school1().id() + "?q=trinh+minh+khang");
        assertThat(browser.findElement(By.id("student-rows")).getText()).contains("Trịnh Minh Khang", "3C9");
        Files.deleteIfExists(file);
    }
}
