package vn.eduvn.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.eduvn.Browser;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

/**
 * In a real browser, the principal of the demo lower-secondary school opens "Thời khóa biểu" from the school
 * page, starts an automatic solve, watches the page follow it without reloading, reads each class's week and
 * publishes it, and solves a FET file on the FET page; the Toán teacher then finds their own week from their home
 * page.
 */
@EduVnTest
class TimetableBrowserTest {

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
    void thePrincipalSolvesAndReadsTheTimetable() {
        browser.signIn("hieutruong2");
        browser.open("/schools/" + demo.school2().id());
        browser.find("open-timetable").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("solve")));
        browser.setValue("seconds", "6");
        browser.find("solve").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "Đã xếp xong"));
        assertThat(browser.find("run-score").getText()).startsWith("Mọi quy tắc bắt buộc đều được giữ");
        String week = browser.find("grid-6A1").getText();
        assertThat(week).contains("Chào cờ", "Toán – Nguyễn Văn Tiến");
        browser.screenshot("timetable-6A1");

        // Published, the teacher finds their own week from their home page.
        browser.find("publish").click();
        assertThat(browser.acceptConfirmation()).startsWith("Công bố thời khóa biểu này?");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("published")));

        // A school that keeps its data in FET solves its file on the page and sees what EduVN does not support.
        browser.find("open-fet").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fet-file")));
        browser.find("fet-file")
                .sendKeys(java.nio.file.Path.of("src/test/resources/timetable/fet/thcs-thu.fet")
                        .toAbsolutePath()
                        .toString());
        browser.setValue("fet-seconds", "2");
        browser.find("fet-solve").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fet-result")));
        assertThat(browser.find("fet-score").getText()).contains("13 hoạt động đã xếp", "0 vi phạm bắt buộc");
        assertThat(browser.find("fet-unsupported").getText()).contains("ConstraintTeacherMinRestingHours");
        assertThat(browser.find("fet-grid-6A").getText()).contains("Toán – C.Lan");
        browser.screenshot("timetable-fet");
        // Signing out is a form post: let it land before the next sign-in deletes the cookies it carries.
        browser.find("logout").click();
        browser.waiting().until(ExpectedConditions.urlContains("/login?logout"));
        browser.signIn("giaovien2");
        browser.find("open-my-timetable").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("week-0")));
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("Nguyễn Văn Tiến", "Toán – 6A1");
        browser.screenshot("timetable-teacher");
    }
}
