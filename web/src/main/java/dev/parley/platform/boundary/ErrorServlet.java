package dev.parley.platform.boundary;

import dev.parley.identity.boundary.SignedInUser;
import dev.parley.platform.control.JsonMapping;
import dev.parley.platform.control.ProblemType;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The error page for what the container answers itself (an unknown path, a token MicroProfile JWT
 * refused, an exception outside JAX-RS): {@code application/problem+json} under {@code /api}, a
 * plain page for people elsewhere, in their language (the signed-in user's choice, else the browser's
 * Accept-Language, as the Faces pages choose it; words in {@code i18n/errors.properties}). Never a stack trace.
 */
@WebServlet(ErrorServlet.PATH)
public class ErrorServlet extends HttpServlet {

    public static final String PATH = "/error";
    private static final long serialVersionUID = 1L;
    /** The languages the UI speaks (faces-config.xml's locale-config); English when none of the browser's is one. */
    private static final Set<String> LANGUAGES = Set.of("en", "ru");

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
        Problem problem = ProblemMapper.forStatus(status);
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (path.startsWith(request.getContextPath() + "/api/") || wantsJson(request)) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(json.toJson(problem));
        } else {
            response.setContentType("text/html");
            Locale locale = language(request);
            ResourceBundle texts = UiTexts.bundle("i18n.errors", locale);
            String slug = ProblemType.forStatus(status).slug();
            String title = text(texts, "problem." + slug + ".title", problem.title());
            String detail = text(texts, "problem." + slug + ".detail", problem.detail());
            // only our own constant texts go into this page, nothing from the request
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                    + "<meta charset=\"utf-8\"><title>" + title + " · Parley</title><style>body{background:#1e1f22;"
                    + "color:#dbdee1;font-family:system-ui,sans-serif;display:grid;place-items:center;height:100vh;"
                    + "margin:0}a{color:#949cf7}</style></head><body><main><h1>" + status + " · " + title
                    + "</h1><p>" + detail + "</p><p><a href=\"" + request.getContextPath()
                    + "/\">" + texts.getString("back") + "</a></p></main></body></html>");
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
        return chosen.orElseGet(() -> browserLanguage(Collections.list(request.getLocales())));
    }

    /** The first of the browser's languages (most wanted first) that the UI speaks, else English. */
    static Locale browserLanguage(Iterable<Locale> wanted) {
        for (Locale locale : wanted) {
            if (LANGUAGES.contains(locale.getLanguage())) {
                return Locale.forLanguageTag(locale.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    private static String text(ResourceBundle texts, String key, String otherwise) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
