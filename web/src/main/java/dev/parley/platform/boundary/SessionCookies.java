package dev.parley.platform.boundary;

import dev.parley.platform.control.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The browser's session cookie is {@code HttpOnly} and {@code SameSite=Lax} (web.xml and
 * glassfish-web.xml), and {@code Secure} whenever people reach Parley over https
 * ({@code parley.public-url}): behind nginx terminating TLS the container sees plain http and would
 * not mark it itself. Lax, not Strict: a link to Parley from mail or another site must open it signed
 * in; Lax still keeps the cookie off cross-site POSTs, frames and scripts.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    PublicUrl publicUrl;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        configure(event.getServletContext().getSessionCookieConfig(), publicUrl);
    }

    static void configure(SessionCookieConfig cookie, PublicUrl publicUrl) {
        cookie.setHttpOnly(true);
        cookie.setSecure(publicUrl.isSecure());
    }
}
