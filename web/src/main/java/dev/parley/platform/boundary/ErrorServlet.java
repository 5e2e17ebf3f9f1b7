package dev.parley.platform.boundary;

import dev.parley.identity.boundary.SignedInUser;
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
import java.util.Optional;

/**
 * The error page for what the container answers itself (an unknown path, a token MicroProfile JWT
 * refused, an exception outside JAX-RS): {@code application/problem+json} under {@code /api}, a
 * plain page for people elsewhere, in their language (the signed-in user's choice, else the browser's
 * Accept-Language, as the Faces pages choose it); the problem's words from {@link ProblemTexts}, the problem+json
 * in the language the request's Accept-Language prefers. Never a stack trace.
 */
@WebServlet(ErrorServlet.PATH)
public class ErrorServlet extends HttpServlet {

    public static final String PATH = "/error";
    private static final long serialVersionUID = 1L;

    @Inject
    JsonMapping json;

    @Inject
    SignedInUser me;

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
            // a page for a person: their own language setting first, as the Faces pages choose it
            Locale locale = language(request);
            Problem page = ProblemMapper.forStatus(status).in(locale);
            String title = page.title();
            String detail = page.detail();
            response.setHeader("Content-Language", locale.toLanguageTag());
            // only our own constant texts go into this page, nothing from the request
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                    + "<meta charset=\"utf-8\"><title>" + title + " · Parley</title><style>body{background:#1e1f22;"
                    + "color:#dbdee1;font-family:system-ui,sans-serif;display:grid;place-items:center;height:100vh;"
                    + "margin:0}a{color:#949cf7}</style></head><body><main><h1>" + status + " · " + title
                    + "</h1><p>" + detail + "</p><p><a href=\"" + request.getContextPath()
                    + "/\">" + UiTexts.bundle("i18n.errors", locale).getString("back") + "</a></p></main></body></html>");
        }
    }

    /**
     * The page's language as {@code SignedInUser.getLocale()} picks it for Faces pages: the signed-in user's
     * choice, else the first of the browser's languages the UI speaks, else English.
     */
    private Locale language(HttpServletRequest request) {
        // a visitor without a session gets none made only to find nobody signed in
        Optional<Locale> chosen = Optional.empty();
        if (request.getSession(false) != null) {
            try {
                chosen = me.chosenLocale();
            } catch (IllegalStateException invalidated) {
                // the session ended meanwhile: signed out
            }
        }
        return chosen.orElseGet(() -> ProblemTexts.negotiate(request.getHeader("Accept-Language")));
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
