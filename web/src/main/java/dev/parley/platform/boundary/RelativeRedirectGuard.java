package dev.parley.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Keeps {@link RelativeRedirectFilter} in Payara's HTTP listeners while the application is deployed
 * (see {@link GrizzlyListeners}); where it cannot, the container's folder redirects keep its absolute
 * {@code Location}.
 */
@WebListener
public class RelativeRedirectGuard implements ServletContextListener {

    private GrizzlyListeners.Installed installed;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            installed = GrizzlyListeners.install(new RelativeRedirectFilter(), "relative container redirects");
        } catch (LinkageError e) {
            java.util.logging.Logger.getLogger(RelativeRedirectGuard.class.getName())
                    .info("relative container redirects: not in place, no Grizzly here (" + e + ")");
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (installed != null) {
            installed.remove();
        }
    }
}
