package dev.parley.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sessions are tracked by cookie only: a session id in the URL ({@code ;jsessionid=…}) would leak
 * through logs, bookmarks and referrers and lets someone else's session be planted. Payara still reads
 * one from the URL (and takes it out of the path it shows), so a request that names its session
 * there is answered before anything can look its session up: a GET or HEAD is sent to the same
 * address without it (a relative {@code Location}), anything else is refused with 400.
 * Declared in web.xml, first of all filters.
 */
public class NoUrlSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern SESSION_PARAMETER = Pattern.compile("(?i);jsessionid=[^;/?]*");
    private static final Pattern LEADING_SLASHES = Pattern.compile("^[/\\\\]+");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        if (!request.isRequestedSessionIdFromURL() && !uri.toLowerCase(Locale.ROOT).contains(";jsessionid")) {
            chain.doFilter(request, response);
            return;
        }
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        // one leading slash: "//host" or "/\\host" would send the browser to another site
        String without = LEADING_SLASHES.matcher(SESSION_PARAMETER.matcher(uri).replaceAll("")).replaceFirst("/");
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", (without.startsWith("/") ? without : "/" + without) + (query == null ? "" : "?" + query));
        response.setHeader("Cache-Control", "no-store");
    }
}
