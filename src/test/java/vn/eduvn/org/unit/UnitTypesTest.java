package vn.eduvn.org.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.org.Units;

@EduVnTest
class UnitTypesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    Units units;

    @Test
    void anAdministratorAddsAUnitTypeAndUsesItInTheTree() throws Exception {
        mvc.perform(post("/unit-types")
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("code", "NHOM_TRE")
                        .param("nameVi", "Nhóm trẻ độc lập")
                        .param("nameEn", "Independent day-care group")
                        .param("allowedParents", "COMMUNE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/units/{id}/children", demo.commune1().id())
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("typeCode", "NHOM_TRE")
                        .param("code", "NT-01")
                        .param("name", "Nhóm trẻ Hoa Mai"))
                .andExpect(status().is3xxRedirection());
        assertThat(units.findByCode("NHOM_TRE", "NT-01")).isPresent();
        mvc.perform(post("/units/{id}/children", demo.school1().id())
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("typeCode", "NHOM_TRE")
                        .param("code", "NT-02")
                        .param("name", "Nhóm trẻ sai chỗ"))
                .andExpect(content().string(containsString("không thể đặt dưới")));
        assertThat(units.findByCode("NHOM_TRE", "NT-02")).isEmpty();
    }

    @Test
    void aTypeNeedsAParentAndAFreshCode() throws Exception {
        mvc.perform(post("/unit-types")
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("code", "SCHOOL")
                        .param("nameVi", "Trùng")
                        .param("nameEn", "Duplicate")
                        .param("allowedParents", "COMMUNE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã loại &quot;SCHOOL&quot; đã có.")));
        mvc.perform(post("/unit-types")
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("code", "MO_COI")
                        .param("nameVi", "Mồ côi")
                        .param("nameEn", "Orphan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chọn ít nhất một loại đơn vị cấp trên.")))
                .andExpect(content().string(containsString("value=\"MO_COI\"")));
        mvc.perform(get("/unit-types").with(demo.as("admin")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("MO_COI"))));
    }

    @Test
    void aProvinceAdministratorCannotChangeTheTypesOfTheWholeTree() throws Exception {
        demo.createAccount(mvc, "qt.loai", "SYSTEM_ADMIN", demo.department().id());
        mvc.perform(post("/unit-types")
                        .with(demo.as("qt.loai"))
                        .with(csrf())
                        .param("code", "LOAI_TINH")
                        .param("nameVi", "Loại tỉnh")
                        .param("nameEn", "Province type")
                        .param("allowedParents", "COMMUNE"))
                .andExpect(status().isForbidden());
    }
}
