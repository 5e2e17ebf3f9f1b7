package dev.parley.platform.boundary;

import dev.parley.platform.control.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a cross-site request forgery against the browser UI (docs/security.md): every request to
 * Faces other than GET, HEAD and OPTIONS must come from this installation ({@link Origins}) and, when
 * it belongs to a session, carry that session's form token ({@link FormTokens}), which every Faces
 * form holds. A refusal is 403 with a short page in the language of the request's {@code Accept-Language};
 * nothing reaches Faces. A POST without a session
 * has nothing to forge (no one is signed in, and no page state can be restored): Faces answers it as
 * an expired page. Declared in web.xml, mapped to the Faces servlet.
 */
public class CsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** The refusal's words, texts of the problem catalog ({@link ProblemTexts}) in the request's language. */
    static final String REFUSED = "Refused";
    static final String NOT_OURS = "This request did not come from a page of Parley, so nothing was done. If you sent it,"
            + " load the page again and retry.";

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> origin = Origins.claimed(request.getHeader("Origin"), request.getHeader("Referer"));
        if (origin.isEmpty() || !Origins.isOurs(origin.get(), publicUrl.base(), request.getHeader("Host"))) {
            refuse(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && !FormTokens.matches(session, request.getParameter(FormTokens.FIELD))) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = ProblemTexts.negotiate(request.getHeader("Accept-Language"));
        String title = ProblemTexts.text(REFUSED, language);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", language.toLanguageTag());
        // only constant text and our own context path: nothing from the request is echoed
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.toLanguageTag()
                + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + title + " · Parley</title></head><body><main id=\"refused-page\"><h1>" + title + "</h1>"
                + "<p>" + ProblemTexts.text(NOT_OURS, language) + "</p><p><a href=\"" + request.getContextPath() + "/\">"
                + UiTexts.bundle("i18n.errors", language).getString("back") + "</a></p></main></body></html>");
    }
}
