package dev.parley.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Keeps {@link MalformedUriFilter} in Payara's HTTP listeners while the application is deployed
 * (see {@link GrizzlyListeners}); where it cannot, malformed URIs get the container's own answer.
 */
@WebListener
public class MalformedUriGuard implements ServletContextListener {

    private GrizzlyListeners.Installed installed;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            installed = GrizzlyListeners.install(new MalformedUriFilter(), "problem+json for malformed URIs");
        } catch (LinkageError e) {
            java.util.logging.Logger.getLogger(MalformedUriGuard.class.getName())
                    .info("problem+json for malformed URIs: not in place, no Grizzly here (" + e + ")");
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (installed != null) {
            installed.remove();
        }
    }
}
