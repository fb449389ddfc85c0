package vn.eduvn.assessment.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Browser;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.registry.RegistryApi;

/**
 * In a real browser, a lower-secondary teacher opens the Toán gradebook from "My classes", types a pupil's
 * marks with the keyboard, is told at once about a bad one, and sees the term average when the marks are
 * complete; after a reload the marks are still there.
 */
@EduVnTest
class GradebookBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistryApi registry;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, 1280);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private WebElement cell(int row, int col) {
        return browser.driver()
                .findElement(By.cssSelector("input.mark[data-row='" + row + "'][data-col='" + col + "']"));
    }

    @Test
    void theTeacherTypesATermsMarksAndSeesTheAverage() {
        SecondaryTeacher teacher = SecondaryTeacher.of(demo, jdbc);
        browser.signIn(teacher.username());
        browser.open("/my/teaching");
        browser.driver().findElements(By.cssSelector("#my-assignments tr")).stream()
                .filter(r -> r.getText().contains("Toán"))
                .findFirst()
                .orElseThrow()
                .findElement(By.className("gradebook-link"))
                .click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("gradebook")));
        // The first term holds the demo's marks; this story is the second term's.
        browser.driver().findElement(By.linkText("Học kỳ 2")).click();
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nav-link.active[href*='term=2']")));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#gradebook thead"))
                        .getText())
                .contains("ĐGtx 1", "ĐGtx 4", "Giữa kỳ", "Cuối kỳ", "ĐTBmhk");

        // Row 4 of the class: its marks typed left to right, Tab between cells.
        int row = 5;
        WebElement first = cell(row, 0);
        first.click();
        first.sendKeys("12", Keys.TAB);
        browser.waiting().until(d -> cell(row, 0).getAttribute("class").contains("is-invalid"));
        assertThat(browser.find("gradebook-status").getText())
                .isEqualTo("Điểm \"12\" phải từ 0 đến 10, tối đa một chữ số thập phân.");
        cell(row, 0).clear();
        cell(row, 0).sendKeys("9", Keys.TAB);
        List<String> rest = List.of("8", "7,5", "9", "8", "9");
        for (int col = 1; col <= rest.size(); col++) {
            cell(row, col).sendKeys(rest.get(col - 1), Keys.TAB);
        }
        WebElement result = browser.driver()
                .findElements(By.cssSelector("#gradebook tbody tr"))
                .get(row)
                .findElement(By.className("result"));
        // (9 + 8 + 7.5 + 9 + 2·8 + 3·9) / 9 = 76.5 / 9 = 8.5
        browser.waiting().until(ExpectedConditions.textToBePresentInElement(result, "8,5"));
        assertThat(browser.find("gradebook-status").getText()).isEqualTo("Đã lưu.");

        browser.screenshot("gradebook-desktop");
        browser.driver().navigate().refresh();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("gradebook")));
        assertThat(cell(row, 2).getAttribute("value")).isEqualTo("7,5");
        assertThat(browser.driver()
                        .findElements(By.cssSelector("#gradebook tbody tr"))
                        .get(row)
                        .findElement(By.className("result"))
                        .getText())
                .isEqualTo("8,5");

        // On a phone the grid scrolls sideways inside its frame and the cells stay usable.
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        browser.driver().navigate().refresh();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("gradebook")));
        assertThat(cell(row, 0).isDisplayed()).isTrue();
        browser.screenshot("gradebook-360px");
    }
}
