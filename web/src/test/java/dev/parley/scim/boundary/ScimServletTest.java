package dev.parley.scim.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.scim.control.ScimToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the servlet answers before it reaches the service: SCIM switched off, the token wrong. */
class ScimServletTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    /** An answer as the fake response recorded it. */
    private record Answer(int status, String contentType, Map<String, String> headers, String body) {
    }

    private static Answer call(ScimToken token, String authorization) throws Exception {
        ScimServlet servlet = new ScimServlet();
        servlet.token = token;
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(ScimServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                    case "getPathInfo" -> "/Users";
                    case "getMethod" -> "GET";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        int[] status = {0};
        String[] type = {null};
        Map<String, String> headers = new HashMap<>();
        StringWriter body = new StringWriter();
        PrintWriter writer = new PrintWriter(body);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(ScimServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> status[0] = (Integer) args[0];
                        case "setContentType" -> type[0] = (String) args[0];
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "getWriter" -> {
                            return writer;
                        }
                        case "setCharacterEncoding", "flushBuffer" -> {
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
        servlet.service(request, response);
        writer.flush();
        return new Answer(status[0], type[0], headers, body.toString());
    }

    @Test
    void withoutAConfiguredTokenEveryPathIsNotFound() throws Exception {
        for (String configured : new String[] {null, "", "too-short-to-be-safe"}) {
            Answer a = call(new ScimToken(configured), "Bearer " + configured);
            assertThat(a.status()).as(configured).isEqualTo(404);
            assertThat(a.contentType()).isEqualTo("application/scim+json");
            assertThat(a.body()).contains("\"urn:ietf:params:scim:api:messages:2.0:Error\"").contains("\"status\":\"404\"");
        }
    }

    @Test
    void aMissingOrWrongTokenIsUnauthorized() throws Exception {
        for (String authorization : new String[] {null, "", "Bearer ", "Bearer " + TOKEN + "0", "Basic " + TOKEN, TOKEN}) {
            Answer a = call(new ScimToken(TOKEN), authorization);
            assertThat(a.status()).as(authorization).isEqualTo(401);
            assertThat(a.headers()).containsEntry("WWW-Authenticate", "Bearer realm=\"SCIM\"");
            assertThat(a.body()).contains("\"status\":\"401\"").doesNotContain(TOKEN);
        }
    }
}
