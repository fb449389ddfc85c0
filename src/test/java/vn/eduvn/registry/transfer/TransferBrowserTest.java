package vn.eduvn.registry.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Browser;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.registry.NewSchool;

/**
 * In a real browser: the clerk of the receiving school asks for a pupil by identifier and birth date, the
 * clerk of the pupil's school approves, and each reads the outcome and the pupil's history on their side.
 */
@EduVnTest
class TransferBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

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
    void theReceivingSchoolAsksTheSendingSchoolApprovesAndBothReadTheHistory() throws Exception {
        NewSchool school = NewSchool.open(mvc, demo, jdbc, "33TH903", "giaovu.th903");
        Object[] pupil = NewSchool.pupilOfSchoolOne(jdbc, demo, 2);
        String name = (String) pupil[3];

        browser.signIn(school.clerk());
        browser.open("/schools/" + school.id() + "/transfers");
        browser.find("personalId").sendKeys((String) pupil[1]);
        browser.setValue("birthDate", "2001-01-01");
        new Select(browser.find("classId")).selectByVisibleText("5B1");
        browser.find("reason").sendKeys("Gia đình chuyển nơi ở");
        browser.find("transfer-ask").click();
        // A wrong birth date finds no one, and the form keeps what was typed.
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("transfer-form"), "Không có học sinh đang học nào có mã định danh và ngày sinh này."));
        assertThat(browser.find("reason").getAttribute("value")).isEqualTo("Gia đình chuyển nơi ở");
        browser.setValue("birthDate", (String) pupil[2]);
        browser.find("transfer-ask").click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("incoming"), name));
        assertThat(browser.find("incoming").getText()).contains(name, "Chờ duyệt");

        browser.signIn("giaovu1");
        browser.open("/schools/" + demo.school1().id() + "/transfers");
        var row = browser.driver().findElements(By.cssSelector("#outgoing tr")).stream()
                .filter(r -> r.getText().contains(name))
                .findFirst()
                .orElseThrow();
        assertThat(row.getText()).contains("Trường Tiểu học 33TH903", "Gia đình chuyển nơi ở");
        row.findElement(By.cssSelector("button.approve")).click();
        browser.acceptConfirmation();
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".alert-success"), "học sinh đã chuyển sang trường mới"));
        browser.driver().findElements(By.cssSelector("#outgoing tr")).stream()
                .filter(r -> r.getText().contains(name))
                .findFirst()
                .orElseThrow()
                .findElement(By.tagName("a"))
                .click();
        assertThat(browser.find("student-status").getText()).isEqualTo("Đã rời trường");
        assertThat(browser.find("history").getText()).contains("Chuyển đi (Trường Tiểu học 33TH903)");

        browser.signIn(school.clerk());
        browser.open("/schools/" + school.id() + "/transfers");
        browser.find("incoming").findElement(By.linkText("Xem hồ sơ")).click();
        assertThat(browser.find("student-name").getText()).isEqualTo(name);
        assertThat(browser.find("student-status").getText()).isEqualTo("Đang học");
        assertThat(browser.find("history").getText()).contains("Chuyển đến", "5B1");
    }
}
