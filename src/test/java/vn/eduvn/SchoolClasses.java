package vn.eduvn;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A school's classes as other modules' tests find them: through the registry's API, as its administrator reads it,
 * never through the registry's tables.
 */
public final class SchoolClasses {

    private SchoolClasses() {}

    /** The id of the school's class of that name this year. */
    public static long id(MockMvc mvc, Demo demo, long schoolUnitId, String name) {
        try {
            String classes = mvc.perform(get("/api/v1/schools/{id}/classes", schoolUnitId)
                            .with(Demo.bearer(demo.token(mvc, "admin"))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            List<Number> ids = JsonPath.read(classes, "$[?(@.name == '" + name + "')].id");
            if (ids.size() != 1) {
                throw new IllegalStateException(
                        "school " + schoolUnitId + " has " + ids.size() + " classes named " + name);
            }
            return ids.get(0).longValue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first-enrolled pupil (lowest id) of a class of the school, as the school's list gives it. */
    public static long firstPupil(MockMvc mvc, Demo demo, long schoolUnitId, long classId) {
        try {
            String page = mvc.perform(get("/api/v1/schools/{id}/students", schoolUnitId)
                            .param("classId", String.valueOf(classId))
                            .param("size", "500")
                            .with(Demo.bearer(demo.token(mvc, "admin"))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            List<Number> ids = JsonPath.read(page, "$.content[*].id");
            return ids.stream().mapToLong(Number::longValue).min().orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
