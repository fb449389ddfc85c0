package vn.eduvn.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInputTest {

    @Test
    void readsWhatAPersonTypesAndWhatABrowserSends() {
        assertThat(DateInput.read("05/09/2015")).isEqualTo(LocalDate.of(2015, 9, 5));
        assertThat(DateInput.read(" 5/9/2015 ")).isEqualTo(LocalDate.of(2015, 9, 5));
        assertThat(DateInput.read("05-09-2015")).isEqualTo(LocalDate.of(2015, 9, 5));
        assertThat(DateInput.read("05.09.2015")).isEqualTo(LocalDate.of(2015, 9, 5));
        assertThat(DateInput.read("2015-09-05")).isEqualTo(LocalDate.of(2015, 9, 5));
        assertThat(DateInput.read("29/02/2016")).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(DateInput.read("")).isNull();
    }

    @Test
    void tellsADayThatDoesNotExistFromTextThatIsNoDate() {
        assertThatThrownBy(() -> DateInput.read("31/02/2015")).isInstanceOfSatisfying(DateInput.NotADate.class, e -> {
            assertThat(e.messageKey()).isEqualTo("date.impossible");
            assertThat(e.typed()).isEqualTo("31/02/2015");
        });
        assertThatThrownBy(() -> DateInput.read("2015-02-31"))
                .isInstanceOfSatisfying(
                        DateInput.NotADate.class, e -> assertThat(e.typed()).isEqualTo("31/02/2015"));
        assertThatThrownBy(() -> DateInput.read("29/02/2015")).isInstanceOf(DateInput.NotADate.class);
        assertThatThrownBy(() -> DateInput.read("00/13/2015"))
                .isInstanceOfSatisfying(
                        DateInput.NotADate.class,
                        e -> assertThat(e.messageKey()).isEqualTo("date.impossible"));
        assertThatThrownBy(() -> DateInput.read("abc"))
                .isInstanceOfSatisfying(
                        DateInput.NotADate.class,
                        e -> assertThat(e.messageKey()).isEqualTo("date.invalid"));
        assertThatThrownBy(() -> DateInput.read("1".repeat(10_000)))
                .isInstanceOfSatisfying(
                        DateInput.NotADate.class, e -> assertThat(e.typed()).hasSizeLessThan(30));
    }
}
