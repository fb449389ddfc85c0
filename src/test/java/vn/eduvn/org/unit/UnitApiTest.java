package vn.eduvn.org.unit;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;

@EduVnTest
class UnitApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Test
    void aPrincipalListsTheirSchoolAndItsCampusOnly() throws Exception {
        mvc.perform(get("/api/v1/units").with(Demo.bearer(demo.token(mvc, "hieutruong1"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id")
                        .value(containsInAnyOrder(
                                (int) demo.school1().id(), (int) demo.campus1().id())));
    }

    @Test
    void aDepartmentOfficialListsTheProvinceButNotAnother() throws Exception {
        String token = demo.token(mvc, "sogd");
        mvc.perform(get("/api/v1/units").with(Demo.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[*].id").value(hasItem((int) demo.school2().id())))
                .andExpect(jsonPath("$[*].id")
                        .value(not(hasItem((int) demo.otherDepartment().id()))))
                .andExpect(jsonPath("$[*].id")
                        .value(not(hasItem((int) demo.ministry().id()))));
        mvc.perform(get("/api/v1/units").param("q", "THCS").with(Demo.bearer(token)))
                .andExpect(
                        jsonPath("$[*].id").value(hasItem((int) demo.school2().id())))
                .andExpect(jsonPath("$[*].id")
                        .value(not(hasItem((int) demo.school1().id()))));
    }

    @Test
    void childrenOfAUnitInScope() throws Exception {
        mvc.perform(get("/api/v1/units/{id}/children", demo.school1().id())
                        .with(Demo.bearer(demo.token(mvc, "giaovien1"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value(demo.campus1().name()))
                .andExpect(jsonPath("$[0].typeCode").value("CAMPUS"));
    }

    @Test
    void aUnitOutsideScopeIsNotFoundInTheCallersLanguage() throws Exception {
        String token = demo.token(mvc, "sogd");
        mvc.perform(get("/api/v1/units/{id}", demo.otherDepartment().id()).with(Demo.bearer(token)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Không tìm thấy"))
                .andExpect(jsonPath("$.detail")
                        .value("Không tìm thấy đơn vị (mã số "
                                + demo.otherDepartment().id() + ") trong phạm vi của bạn."));
        mvc.perform(get("/api/v1/units/{id}", demo.otherDepartment().id())
                        .with(Demo.bearer(token))
                        .header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail")
                        .value("No unit with id " + demo.otherDepartment().id() + " in your scope."));
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Bạn cần đăng nhập")));
    }

    @Test
    void aNonNumericIdIsABadRequestNotAnError() throws Exception {
        mvc.perform(get("/api/v1/units/abc").with(Demo.bearer(demo.token(mvc, "sogd"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").exists());
    }
}
