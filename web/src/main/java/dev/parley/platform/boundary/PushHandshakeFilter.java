package dev.parley.platform.boundary;

import dev.parley.identity.boundary.SignedInUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Binds the Faces push channel to the signed-in browser. Faces accepts a push connection on its
 * URL token alone ({@code /jakarta.faces.push/<channel>?<token>}), from anywhere and under any
 * channel name; this refuses the WebSocket handshake with 403 unless it carries the session
 * cookie of a signed-in user, comes from a page of this very host ({@code Origin} equals
 * {@code Host}: a proxy in front must pass the Host the browser used), and names the chat page's
 * channel. The container's WebSocket upgrade runs as a filter mapped after the application's,
 * so this one sees the handshake first.
 */
@WebFilter(urlPatterns = PushHandshakeFilter.PATH + "*", asyncSupported = true)
public class PushHandshakeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Where Faces serves its push endpoint, {@code /jakarta.faces.push/{channel}}. */
    static final String PATH = "/jakarta.faces.push/";

    @Inject
    SignedInUser me;

    @Inject
    FacesPushSink sink;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (signedIn(request) && sameOrigin(request) && ourChannel(request)) {
            // the connection ends with the session: Faces then closes it without a close event
            sink.handshake(me.id(), request.getSession(false).getId());
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain");
        response.getWriter().write("This push channel is only for the signed-in page that opened it.");
    }

    private boolean signedIn(HttpServletRequest request) {
        try {
            return request.getRequestedSessionId() != null && request.isRequestedSessionIdFromCookie()
                    && request.getSession(false) != null && me.isSignedIn() && !me.isRevoked();
        } catch (IllegalStateException invalidated) {
            return false; // the session ended meanwhile
        }
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        if (origin == null || host == null) {
            return false;
        }
        try {
            URI from = new URI(origin);
            String scheme = from.getScheme() == null ? "" : from.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && from.getRawAuthority() != null
                    && from.getRawAuthority().equalsIgnoreCase(host.strip());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean ourChannel(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PATH + FacesPushSink.CHANNEL);
    }
}
