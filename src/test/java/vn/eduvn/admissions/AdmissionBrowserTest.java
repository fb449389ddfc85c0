package vn.eduvn.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Browser;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.TestMail;
import vn.eduvn.org.Units;

/**
 * A grade-6 campaign end to end in real browsers: the department's official creates it from the form, a parent
 * files from a 360-pixel-wide phone without an account and keeps the receipt, the principal of THCS Vũ Tiên verifies
 * the application, the official closes the window, runs placement and publishes, and the parent looks up the result
 * on the phone.
 */
@EduVnTest
class AdmissionBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Demo demo;

    @Autowired
    Units units;

    @Autowired
    MockMvc mvc;

    private static String local(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @Test
    void aCampaignRunsEndToEndInTheBrowser() {
        TestMail.server();
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String commune = new AdmissionFixtures(mvc, demo, units).homeCommune();
        long school = demo.school2().id();
        String campaignUrl;
        try (Browser official = new Browser(port, 1280)) {
            official.signIn("sogd");
            official.find("open-admissions").click();
            official.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("campaign-form")));
            official.find("c-name").sendKeys("Tuyển sinh lớp 6 năm học 2027-2028 (trình duyệt)");
            new Select(official.find("c-grade")).selectByValue("6");
            official.setValue("c-seed", "2027");
            official.setValue("c-opens", local(now.minusHours(1)));
            official.setValue("c-closes", local(now.plusDays(2)));
            official.find("c-zones").sendKeys("VT | Tuyến Vũ Tiên | " + commune);
            official.driver()
                    .findElement(By.cssSelector("input[name=school][value='" + school + "']"))
                    .sendKeys(Keys.SPACE);
            official.driver().findElement(By.name("quota_" + school)).sendKeys("30");
            official.driver().findElement(By.name("zone_" + school)).sendKeys("VT");
            official.press(official.find("campaign-create"));
            official.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("run-placement")));
            campaignUrl = official.driver().getCurrentUrl();
            assertThat(official.find("campaign-phase").getText()).isEqualTo("Đang nhận hồ sơ");
        }
        String campaignId = campaignUrl.substring(campaignUrl.lastIndexOf('/') + 1);

        String receipt;
        try (Browser parent = new Browser(port, 360)) {
            parent.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            parent.open("/tuyen-sinh");
            parent.press(parent.driver().findElement(By.partialLinkText("(trình duyệt)")));
            parent.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("application-form")));
            parent.find("fullName").sendKeys("Lê Thị Hoa");
            parent.find("personalId").sendKeys("033316004455");
            parent.setValue("birthDate", "2016-04-12");
            new Select(parent.find("female")).selectByValue("true");
            new Select(parent.find("residenceArea")).selectByValue(commune);
            parent.find("address").sendKeys("Thôn Tây, số 12");
            parent.find("guardianName").sendKeys("Lê Văn Nam");
            parent.find("guardianPhone").sendKeys("0987654321");
            parent.find("guardianEmail").sendKeys("lenam@example.vn");
            new Select(parent.find("choice0")).selectByValue(String.valueOf(school));
            parent.screenshot("admission-form-360");
            parent.press(parent.find("application-submit"));
            parent.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-number")));
            receipt = parent.find("receipt-number").getText();
            assertThat(receipt).matches("L6-[0-9A-Z]{4}-[0-9A-Z]{4}");
            Object widths = ((org.openqa.selenium.JavascriptExecutor) parent.driver())
                    .executeScript("return [document.documentElement.scrollWidth, window.innerWidth]");
            assertThat(widths.toString())
                    .as("the receipt page fits a 360-px phone, without sideways scrolling")
                    .isEqualTo("[360, 360]");
            parent.screenshot("admission-receipt-360");
        }

        try (Browser principal = new Browser(port, 1280)) {
            principal.signIn("hieutruong2");
            principal.open("/admissions");
            principal.press(principal
                    .driver()
                    .findElement(By.cssSelector("a.review-link[href$='/admissions/" + campaignId + "']")));
            principal.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("review-table")));
            assertThat(principal.find("review-table").getText()).contains("Lê Thị Hoa", "Thôn Tây, số 12");
            principal.press(principal.driver().findElement(By.cssSelector("#review-table button.verify")));
            principal
                    .waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("review-table"), "Nhà trường đã kiểm tra hồ sơ"));
        }

        try (Browser official = new Browser(port, 1280)) {
            official.signIn("sogd");
            official.open("/admissions/" + campaignId);
            official.setValue("closesAt", local(now.minusMinutes(1)));
            official.press(official.find("calendar-save"));
            official.waiting()
                    .until(ExpectedConditions.textToBe(By.id("campaign-phase"), "Đã hết hạn nộp, đang xét tuyển"));
            official.press(official.find("run-placement"));
            official.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.publish-run")));
            assertThat(official.driver()
                            .findElement(By.cssSelector("table.run-outcomes"))
                            .getText())
                    .contains("Trường THCS Vũ Tiên", "30");
            official.press(official.driver().findElement(By.cssSelector("button.publish-run")));
            official.acceptConfirmation();
            official.waiting().until(ExpectedConditions.textToBe(By.id("campaign-phase"), "Đã công bố kết quả"));
            official.screenshot("admission-published");
        }

        try (Browser parent = new Browser(port, 360)) {
            parent.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            parent.open("/tuyen-sinh/tra-cuu");
            parent.find("receiptNumber").sendKeys(receipt);
            parent.setValue("lookupBirthDate", "2016-04-12");
            parent.press(parent.find("lookup-submit"));
            parent.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("lookup-result")));
            assertThat(parent.find("lookup-status").getText()).isEqualTo("Trúng tuyển");
            assertThat(parent.find("lookup-admitted").getText()).contains("Trường THCS Vũ Tiên");
            parent.screenshot("admission-result-360");
        }
    }
}
