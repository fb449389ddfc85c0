package vn.eduvn.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.eduvn.Browser;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/** A clerk in a real browser uploads a class list with a bad row and reads the report, then imports the valid rows. */
@EduVnTest
class ImportBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Demo demo;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, 1280);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theClerkReadsWhichRowsAreBadAndImportsTheValidOnes() throws Exception {
        Path file = Files.createTempFile("lop-3C9-", ".xlsx");
        Files.write(
                file,
                Workbooks.students(List.of(
                        List.of("001217812001", "Trịnh Minh Khang", "12/12/2017", "Nam", "Kinh", "3C9"),
                        List.of("001317812002", "Mai Thu Trang", "31/13/2017", "Nữ", "Kinh", "3C9"))));
        browser.signIn("giaovu1");
        WebDriverWait wait = browser.waiting();
        browser.open("/schools/" + demo.school1().id() + "/import");
        browser.find("file").sendKeys(file.toAbsolutePath().toString());
        browser.find("import-submit").click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-errors")));
        String report = browser.find("report").getText();
        assertThat(report)
                .contains("Chưa nhập gì: có 1 dòng lỗi", "Ngày sinh", "Ngày sinh \"31/13/2017\" không tồn tại.");
        assertThat(browser.find("import-errors")
                        .findElement(By.cssSelector("tbody td"))
                        .getText())
                .isEqualTo("3");

        browser.find("mode-valid").click();
        browser.find("import-submit").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report"), "Đã nhập: 1 học sinh mới"));
        assertThat(browser.find("report").getText()).contains("Đã tạo các lớp mới: 3C9");

        browser.open("/schools/" + demo.school1().id() + "?q=trinh+minh+khang");
        assertThat(browser.find("student-rows").getText()).contains("Trịnh Minh Khang", "3C9");
        Files.deleteIfExists(file);
    }
}
