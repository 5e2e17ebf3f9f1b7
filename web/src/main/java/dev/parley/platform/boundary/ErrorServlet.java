package dev.parley.platform.boundary;

import dev.parley.platform.control.JsonMapping;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The error page for what the container answers itself (an unknown path, a token MicroProfile JWT
 * refused, an exception outside JAX-RS): {@code application/problem+json} under {@code /api}, a
 * plain page for people elsewhere, both in the language the request's {@code Accept-Language} prefers
 * ({@link ProblemTexts}). Never a stack trace.
 */
@WebServlet(ErrorServlet.PATH)
public class ErrorServlet extends HttpServlet {

    public static final String PATH = "/error";
    /** The way back, a text of the problem catalog like the page's title and detail. */
    static final String BACK = "Back to Parley";
    private static final long serialVersionUID = 1L;

    @Inject
    JsonMapping json;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        Locale language = ProblemTexts.negotiate(request.getHeader("Accept-Language"));
        Problem problem = ProblemMapper.forStatus(status).in(language);
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", language.toLanguageTag());
        response.setHeader("Vary", "Accept-Language");
        if (path.startsWith(request.getContextPath() + "/api/") || wantsJson(request)) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(json.toJson(problem));
        } else {
            response.setContentType("text/html");
            // only our own constant texts go into this page, nothing from the request
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.toLanguageTag()
                    + "\"><head><meta charset=\"utf-8\"><title>"
                    + problem.title() + " · Parley</title><style>body{background:#1e1f22;color:#dbdee1;"
                    + "font-family:system-ui,sans-serif;display:grid;place-items:center;height:100vh;margin:0}"
                    + "a{color:#949cf7}</style></head><body><main><h1>" + status + " · " + problem.title()
                    + "</h1><p>" + problem.detail() + "</p><p><a href=\"" + request.getContextPath()
                    + "/\">" + ProblemTexts.text(BACK, language) + "</a></p></main></body></html>");
        }
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
