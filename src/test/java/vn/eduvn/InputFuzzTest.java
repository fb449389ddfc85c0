package vn.eduvn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every form and JSON endpoint the application maps, found from its own request mappings (so an endpoint added
 * later is fuzzed without anyone listing it), gets wrong types, impossible dates, huge strings and unknown codes in
 * every parameter and body field, as a signed-in clerk and as nobody. No answer may be a 5xx. Ids in paths name no
 * record, so no fuzzed request changes the demo province.
 */
@EduVnTest
class InputFuzzTest {

    private static final String NO_SUCH_ID = "987654321";

    /** What a careless or hostile client sends where a value belongs. */
    private static final List<Object> JUNK = List.of(
            "abc",
            "31/02/2015",
            "2015-02-31",
            "X".repeat(20_000),
            "KHONG_CO_MA",
            "-1",
            "1.5e3",
            "",
            " ",
            "<script>",
            "'; drop table x; --",
            12345678901234L,
            true);

    @Autowired
    MockMvc mvc;

    @Autowired
    Demo demo;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noInputToAnyFormOrEndpointAnswers5xx() throws Exception {
        String token = demo.token(mvc, "giaovu1");
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            HandlerMethod handler = mapping.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("vn.eduvn")
                    || info.getPathPatternsCondition() == null) {
                continue;
            }
            List<HttpMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? List.of(HttpMethod.GET)
                    : info.getMethodsCondition().getMethods().stream()
                            .map(m -> HttpMethod.valueOf(m.name()))
                            .toList();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                for (HttpMethod method : methods) {
                    for (Object junk : JUNK) {
                        for (boolean signedIn : new boolean[] {true, false}) {
                            MockHttpServletRequestBuilder request = request(method, pattern, handler, junk);
                            if (info.getHeadersCondition().getExpressions().stream()
                                    .anyMatch(h -> h.getName().equals("HX-Request"))) {
                                request.header("HX-Request", "true");
                            }
                            if (signedIn) {
                                request = pattern.startsWith("/api/")
                                        ? request.header("Authorization", "Bearer " + token)
                                        : request.with(demo.as("giaovu1"));
                            }
                            String status;
                            try {
                                // Each request from its own address, so the portal's throttles stay whole for the other
                                // tests.
                                int n = requests;
                                int code = mvc.perform(request.with(csrf()).with(r -> {
                                            r.setRemoteAddr("10.250." + (n / 250 % 250) + "." + (n % 250));
                                            return r;
                                        }))
                                        .andReturn()
                                        .getResponse()
                                        .getStatus();
                                status = code >= 500 ? String.valueOf(code) : null;
                            } catch (Exception unhandled) {
                                // What MockMvc rethrows, a real server answers with 500.
                                Throwable root = unhandled;
                                while (root.getCause() != null && root.getCause() != root) {
                                    root = root.getCause();
                                }
                                status = "500 (" + root.getClass().getSimpleName() + ")";
                            }
                            requests++;
                            String where = method + " " + pattern;
                            if (status != null && failures.stream().noneMatch(f -> f.contains(" " + where + " "))) {
                                failures.add(status + " " + where + " with " + shortly(junk)
                                        + (signedIn ? " (clerk)" : " (anonymous)"));
                            }
                        }
                    }
                }
            }
        }
        System.out.println("Input fuzz: " + requests + " requests, " + failures.size() + " answered 5xx");
        assertThat(failures).as("requests that answered 5xx").isEmpty();
    }

    /** The request with the junk in every path variable (as a missing id for numbers), parameter and body field. */
    private static MockHttpServletRequestBuilder request(
            HttpMethod method, String pattern, HandlerMethod handler, Object junk) {
        String path = pattern.replaceAll("\\{[^}]+}", junk instanceof String s && s.equals("abc") ? "abc" : NO_SUCH_ID);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
        Map<String, Object> body = null;
        for (Parameter p : handler.getMethod().getParameters()) {
            RequestParam param = p.getAnnotation(RequestParam.class);
            if (param != null) {
                String name =
                        !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : p.getName();
                if (Map.class.isAssignableFrom(p.getType())) {
                    request.param("s1", String.valueOf(junk)).param("q_1_X", String.valueOf(junk));
                } else if (!org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(p.getType())) {
                    request.param(name, String.valueOf(junk));
                }
            } else if (p.isAnnotationPresent(RequestBody.class)) {
                body = fields(p.getType(), junk);
            } else if (p.getType().isRecord() && !p.isAnnotationPresent(PathVariable.class)) {
                fields(p.getType(), junk).keySet().forEach(name -> request.param(name, String.valueOf(junk)));
            }
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json(body));
        }
        return request;
    }

    private static Map<String, Object> fields(Class<?> type, Object junk) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                fields.put(c.getName(), junk);
            }
        } else {
            fields.put("value", junk);
        }
        return fields;
    }

    private static String json(Map<String, Object> body) {
        StringBuilder out = new StringBuilder("{");
        body.forEach((k, v) -> out.append(out.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v instanceof String s ? "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : v));
        return out.append('}').toString();
    }

    private static String shortly(Object junk) {
        String text = String.valueOf(junk);
        return text.length() > 20 ? text.substring(0, 20) + "… (" + text.length() + " characters)" : "'" + text + "'";
    }
}
