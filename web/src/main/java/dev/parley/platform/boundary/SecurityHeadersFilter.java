package dev.parley.platform.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The headers every answer of the browser UI carries (docs/security.md): a Content-Security-Policy
 * without inline script, {@code nosniff}, a strict {@code Referrer-Policy}, no framing by other sites,
 * and {@code Cache-Control: no-store} on everything but versioned static files, so that Back after
 * signing out shows no old page. The REST API, OpenAPI, health, metrics and the WebSocket endpoints
 * keep their own headers and get only {@code nosniff}.
 * <p>
 * The policy is the one PrimeFaces sends for a page ({@code primefaces.CSP_POLICY} in web.xml), where it
 * adds the page's nonce: PrimeFaces adds its header later, and this filter's answer keeps only that one
 * (two policies would both apply, and this one has no nonce).
 * <p>
 * A redirect to a path stays a path: the container would make it absolute with the request's
 * {@code Host} header, which anyone can set; a browser resolves a relative {@code Location} against
 * the address it asked for. Absolute links are built from {@code PublicUrl}.
 * Declared in web.xml (filters run in their order there).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String POLICY_PARAM = "primefaces.CSP_POLICY";
    /** Faces resources whose URL names their version are cached for the 7 days Faces promises, unchanged. */
    static final String IMMUTABLE = "public, max-age=604800, immutable";

    private String policy;

    @Override
    public void init() throws ServletException {
        policy = getServletContext().getInitParameter(POLICY_PARAM);
        if (!acceptable(policy)) {
            throw new ServletException(POLICY_PARAM + " in web.xml must end with a script-src without 'unsafe-inline',"
                    + " and allow no 'unsafe-eval'; it is " + policy);
        }
    }

    /** script-src last (PrimeFaces appends the nonce to the policy), without inline script or eval. */
    static boolean acceptable(String policy) {
        if (policy == null) {
            return false;
        }
        int scripts = policy.lastIndexOf("script-src");
        return scripts >= 0 && policy.indexOf(';', scripts) < 0 && !policy.substring(scripts).contains("'unsafe-inline'")
                && !policy.contains("'unsafe-eval'");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = WebPaths.of(request);
        if (WebPaths.isProgrammatic(path)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(CSP, policy + ";");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        String cache = null;
        if (!WebPaths.isStatic(path) || request.getDispatcherType() == DispatcherType.ERROR) {
            cache = "no-store";
        } else if (path.startsWith(WebPaths.FACES_RESOURCES) && request.getParameter("v") != null) {
            cache = IMMUTABLE;
        }
        if (cache != null) {
            response.setHeader(CACHE_CONTROL, cache);
        }
        chain.doFilter(request, new Answer(response, cache != null));
    }

    /**
     * An answer that keeps one policy, keeps the cache rule chosen here (Faces would send its own
     * {@code max-age} for a resource) and sends relative redirects as they are.
     */
    static final class Answer extends HttpServletResponseWrapper {

        private final boolean cacheChosen;

        Answer(HttpServletResponse response, boolean cacheChosen) {
            super(response);
            this.cacheChosen = cacheChosen;
        }

        @Override
        public void addHeader(String name, String value) {
            if (cacheChosen && CACHE_CONTROL.equalsIgnoreCase(name)) {
                return;
            }
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (cacheChosen && CACHE_CONTROL.equalsIgnoreCase(name)) {
                return;
            }
            super.setHeader(name, value);
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            if (status >= 400 && cacheChosen) {
                // a missing resource is not kept for a week
                super.setHeader(CACHE_CONTROL, "no-store");
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (isAbsolute(location)) {
                super.sendRedirect(location);
                return;
            }
            if (isCommitted()) {
                throw new IllegalStateException("the answer is already committed");
            }
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", location);
            flushBuffer();
        }

        static boolean isAbsolute(String location) {
            if (location.startsWith("//") || location.startsWith("\\")) {
                return true;
            }
            try {
                return new URI(location).getScheme() != null;
            } catch (URISyntaxException e) {
                // not a URI we can read: let the container decide, as before
                return true;
            }
        }
    }
}
