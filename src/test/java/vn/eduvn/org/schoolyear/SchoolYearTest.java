package vn.eduvn.org.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.org.SchoolYearView;
import vn.eduvn.platform.SystemActor;

@EduVnTest
class SchoolYearTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    vn.eduvn.org.SchoolYears schoolYears;

    @Test
    void theMinistrysSchoolYearsApplyToEverySchool() throws Exception {
        mvc.perform(get("/api/v1/units/{id}/school-years", demo.school2().id())
                        .with(Demo.bearer(demo.token(mvc, "hieutruong2"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.startYear == 2025)].definedByUnitId")
                        .value((int) demo.ministry().id()))
                .andExpect(jsonPath("$[?(@.startYear == 2025)].term2StartsOn").value("2026-01-19"));
        mvc.perform(get("/units/{id}/school-years", demo.school1().id()).with(demo.as("giaovien1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2025-2026")))
                .andExpect(content().string(containsString("19/01/2026 – 31/05/2026")));
    }

    @Test
    void aDepartmentShiftsTheDatesForItsProvinceOnly() throws Exception {
        mvc.perform(post("/units/{id}/school-years", demo.department().id())
                        .with(demo.as("sogd"))
                        .with(csrf())
                        .param("startYear", "2024")
                        .param("startsOn", "2024-09-05")
                        .param("term1EndsOn", "2025-01-10")
                        .param("term2StartsOn", "2025-01-13")
                        .param("endsOn", "2025-05-25"))
                .andExpect(status().is3xxRedirection());

        SystemActor.run(() -> {
            SchoolYearView atSchool = year(demo.school1().id(), 2024);
            assertThat(atSchool.definedByUnitId()).isEqualTo(demo.department().id());
            assertThat(atSchool.term1EndsOn()).isEqualTo(LocalDate.of(2025, 1, 10));
            assertThat(atSchool.termOn(LocalDate.of(2025, 1, 12)))
                    .as("between the terms")
                    .isZero();
            assertThat(atSchool.termOn(LocalDate.of(2025, 3, 1))).isEqualTo(2);
            SchoolYearView elsewhere = year(demo.otherDepartment().id(), 2024);
            assertThat(elsewhere.definedByUnitId()).isEqualTo(demo.ministry().id());
        });
    }

    @Test
    void termsOutOfOrderAreRefusedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/units/{id}/school-years", demo.department().id())
                        .with(demo.as("sogd"))
                        .with(csrf())
                        .param("startYear", "2027")
                        .param("startsOn", "2027-09-05")
                        .param("term1EndsOn", "2028-01-20")
                        .param("term2StartsOn", "2028-01-10")
                        .param("endsOn", "2028-05-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Học kỳ II phải bắt đầu sau khi học kỳ I kết thúc.")))
                .andExpect(content().string(containsString("value=\"2028-01-10\"")));
        SystemActor.run(() ->
                assertThat(schoolYears.effectiveAt(demo.department().id())).noneMatch(y -> y.startYear() == 2027));
    }

    @Test
    void aSchoolCannotDefineSchoolYears() throws Exception {
        mvc.perform(post("/units/{id}/school-years", demo.school1().id())
                        .with(demo.as("hieutruong1"))
                        .with(csrf())
                        .param("startYear", "2028")
                        .param("startsOn", "2028-09-05")
                        .param("term1EndsOn", "2029-01-10")
                        .param("term2StartsOn", "2029-01-13")
                        .param("endsOn", "2029-05-25"))
                .andExpect(status().isForbidden());
        SystemActor.run(
                () -> assertThat(schoolYears.effectiveAt(demo.school1().id())).noneMatch(y -> y.startYear() == 2028));
    }

    private SchoolYearView year(long unitId, int startYear) {
        return schoolYears.effectiveAt(unitId).stream()
                .filter(y -> y.startYear() == startYear)
                .findFirst()
                .orElseThrow();
    }
}
