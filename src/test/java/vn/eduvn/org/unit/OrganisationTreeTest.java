package vn.eduvn.org.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.eduvn.Demo;
import vn.eduvn.EduVnTest;
import vn.eduvn.org.UnitView;
import vn.eduvn.org.Units;

@EduVnTest
class OrganisationTreeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    Units units;

    @Test
    void administratorCreatesRenamesMovesAndClosesASchool() throws Exception {
        UnitView commune1 = demo.commune1();
        UnitView commune2 = units.find(demo.school2().parentId()).orElseThrow();
        createUnder(commune1.id(), "SCHOOL", "TREE-MN1", "Trường Mầm non Hoa Sen");
        UnitView school = units.findByCode("SCHOOL", "TREE-MN1").orElseThrow();
        assertThat(school.path()).isEqualTo(commune1.path() + school.id() + "/");
        createUnder(school.id(), "CAMPUS", "TREE-MN1-2", "Điểm trường thôn Bắc");
        UnitView campus = units.findByCode("CAMPUS", "TREE-MN1-2").orElseThrow();

        mvc.perform(post("/units/{id}/rename", school.id())
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("name", "Trường Mầm non Hoa Hồng"))
                .andExpect(status().is3xxRedirection());
        assertThat(units.find(school.id()).orElseThrow().name()).isEqualTo("Trường Mầm non Hoa Hồng");

        mvc.perform(post("/units/{id}/move", school.id())
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("parentId", String.valueOf(commune2.id())))
                .andExpect(status().is3xxRedirection());
        UnitView moved = units.find(school.id()).orElseThrow();
        assertThat(moved.parentId()).isEqualTo(commune2.id());
        assertThat(moved.path()).isEqualTo(commune2.path() + school.id() + "/");
        assertThat(units.find(campus.id()).orElseThrow().path()).isEqualTo(moved.path() + campus.id() + "/");
        assertThat(units.find(campus.id()).orElseThrow().depth()).isEqualTo(moved.depth() + 1);

        mvc.perform(post("/units/{id}/close", school.id())
                        .with(demo.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(units.find(school.id()).orElseThrow().open())
                .as("still has an open campus")
                .isTrue();

        mvc.perform(post("/units/{id}/close", campus.id())
                        .with(demo.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/units/{id}/close", school.id())
                        .with(demo.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(units.find(school.id()).orElseThrow().open()).isFalse();
        mvc.perform(get("/units/{id}", school.id()).with(demo.as("admin")))
                .andExpect(content().string(containsString("Ngừng hoạt động")));
    }

    @Test
    void aUnitCannotMoveUnderItsOwnDescendantAndNothingChanges() throws Exception {
        createUnder(demo.commune1().id(), "SCHOOL", "TREE-LOOP", "Trường Tiểu học Vòng Lặp");
        UnitView school = units.findByCode("SCHOOL", "TREE-LOOP").orElseThrow();
        createUnder(school.id(), "CAMPUS", "TREE-LOOP-2", "Điểm trường Vòng Lặp");
        UnitView campus = units.findByCode("CAMPUS", "TREE-LOOP-2").orElseThrow();

        mvc.perform(post("/units/{id}/move", school.id())
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("parentId", String.valueOf(campus.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vì đó là chính nó hoặc đơn vị trực thuộc của nó")));
        assertThat(units.find(school.id()).orElseThrow().path()).isEqualTo(school.path());
        assertThat(units.find(campus.id()).orElseThrow().path()).isEqualTo(campus.path());
    }

    @Test
    void anOverLongNameIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        String typed = "Trường Tiểu học " + "Rất Dài ".repeat(30);
        String page = mvc.perform(post("/units/{id}/children", demo.commune1().id())
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("typeCode", "SCHOOL")
                        .param("code", "TREE-LONG")
                        .param("name", typed))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String shown = HtmlUtils.htmlUnescape(page);
        assertThat(shown).contains("Tối đa 200 ký tự.", "value=\"TREE-LONG\"", "value=\"" + typed + "\"");
        assertThat(units.findByCode("SCHOOL", "TREE-LONG")).isEmpty();
    }

    @Test
    void htmlInANameIsShownAsTextNeverRun() throws Exception {
        createUnder(demo.commune1().id(), "SCHOOL", "TREE-XSS", "<script>alert(1)</script> Trường B");
        UnitView school = units.findByCode("SCHOOL", "TREE-XSS").orElseThrow();
        assertThat(school.name()).isEqualTo("<script>alert(1)</script> Trường B");
        mvc.perform(get("/units/{id}", school.id()).with(demo.as("admin")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; Trường B")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void aCommuneMustCarryAnOfficialCodeOfItsProvince() throws Exception {
        mvc.perform(post("/units/{id}/children", demo.department().id())
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("typeCode", "COMMUNE")
                        .param("code", "00004")
                        .param("name", "UBND Phường Ba Đình"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không thuộc tỉnh của")));
        mvc.perform(post("/units/{id}/children", demo.department().id())
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("typeCode", "COMMUNE")
                        .param("code", "99999")
                        .param("name", "UBND Xã Không Có"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không có trong danh mục đơn vị hành chính 2025")));
        assertThat(units.findByCode("COMMUNE", "99999")).isEmpty();
        assertThat(units.findByCode("COMMUNE", "00004")).isEmpty();
    }

    @Test
    void aUnitTypeOnlyGoesWhereItsTypeAllows() throws Exception {
        mvc.perform(post("/units/{id}/children", demo.campus1().id())
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("typeCode", "SCHOOL")
                        .param("code", "TREE-BAD")
                        .param("name", "Trường dưới điểm trường"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không thể đặt dưới")));
        assertThat(units.findByCode("SCHOOL", "TREE-BAD")).isEmpty();
    }

    @Test
    void aPrincipalSeesTheirSchoolButCannotChangeIt() throws Exception {
        mvc.perform(get("/units").with(demo.as("hieutruong1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(demo.school1().name())))
                .andExpect(content().string(not(containsString(demo.department().name()))));
        mvc.perform(post("/units/{id}/rename", demo.school1().id())
                        .with(demo.as("hieutruong1"))
                        .with(csrf())
                        .param("name", "Đổi tên trái phép"))
                .andExpect(status().isForbidden());
        assertThat(units.find(demo.school1().id()).orElseThrow().name())
                .isEqualTo(demo.school1().name());
    }

    @Test
    void theTreeOpensInPlaceWithHtmx() throws Exception {
        mvc.perform(get("/units/{id}/children", demo.school1().id())
                        .with(demo.as("hieutruong1"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(demo.campus1().name())))
                .andExpect(content().string(not(containsString("<html"))));
    }

    private void createUnder(long parentId, String type, String code, String name) throws Exception {
        mvc.perform(post("/units/{id}/children", parentId)
                        .with(demo.as("admin"))
                        .with(csrf())
                        .param("typeCode", type)
                        .param("code", code)
                        .param("name", name))
                .andExpect(status().is3xxRedirection());
    }
}
