package dev.parley.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Sends signed-out visitors of any page except sign-in, sign-up, an invite and a failed single sign-on to the sign-in page,
 * remembering where they wanted to go (an invite link keeps working through signing in).
 */
@WebFilter(urlPatterns = {"", "*.xhtml", "/channels/*"}) // and message links (MessageLinkServlet)
public class SignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /**
     * sign-in, sign-up, an invite's page (which offers both beside the server it leads to), and the pages
     * that links in mail open: verify an email address, forgot and reset a password
     */
    private static final Set<String> PUBLIC_PAGES = Set.of(SignInBacking.PAGE, SignUpBacking.PAGE,
            dev.parley.guild.boundary.JoinBacking.PAGE, "/sso-error.xhtml", VerifyEmailBacking.PAGE,
            ForgotPasswordBacking.PAGE, ResetPasswordBacking.PAGE);

    @Inject
    SignedInUser me;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (PUBLIC_PAGES.contains(path) || path.startsWith("/jakarta.faces.resource/") || signedIn(request)) {
            chain.doFilter(request, response);
            return;
        }
        String next = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String to = request.getContextPath() + SignInBacking.PAGE
                + ("/".equals(next) || next.isEmpty() ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an ajax request cannot follow a 302; Faces' partial response can say where to go
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().printf("<?xml version='1.0' encoding='UTF-8'?><partial-response>"
                    + "<redirect url=\"%s\"></redirect></partial-response>", to.replace("&", "&amp;").replace("\"", "&quot;"));
            return;
        }
        response.sendRedirect(to);
    }

    private boolean signedIn(HttpServletRequest request) {
        // don't create a session (and its beans) only to find it empty
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        try {
            if (!me.isSignedIn()) {
                return false;
            }
            if (me.isRevoked()) {
                // signed out elsewhere, or the account was disabled: this session ends now
                session.invalidate();
                return false;
            }
            return true;
        } catch (IllegalStateException invalidated) {
            // the session was ended meanwhile (BrowserSignIns ends an ended sign-in's session off the request)
            return false;
        }
    }
}
