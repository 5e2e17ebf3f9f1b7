package dev.parley.platform.boundary;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Keeps {@link FolderRedirectFilter} in Payara's HTTP listeners while the application is deployed
 * (see {@link GrizzlyListeners}), with the application's folders as they are at deployment; where it
 * cannot, the container's folder redirects keep their absolute {@code Location}.
 */
@WebListener
public class FolderRedirectGuard implements ServletContextListener {

    /** More folders than a web application has: the walk stops there. */
    private static final int MAX_FOLDERS = 10_000;

    private GrizzlyListeners.Installed installed;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        try {
            installed = GrizzlyListeners.install(new FolderRedirectFilter(context.getContextPath(), folders(context)),
                    "relative folder redirects");
        } catch (LinkageError e) {
            java.util.logging.Logger.getLogger(FolderRedirectGuard.class.getName())
                    .info("relative folder redirects: not in place, no Grizzly here (" + e + ")");
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (installed != null) {
            installed.remove();
        }
    }

    /** The application's folders (its own and those of its jars' META-INF/resources), without their slash. */
    static Set<String> folders(ServletContext context) {
        Set<String> folders = new HashSet<>();
        Deque<String> open = new ArrayDeque<>();
        open.push("/");
        while (!open.isEmpty() && folders.size() < MAX_FOLDERS) {
            Set<String> entries = context.getResourcePaths(open.pop());
            if (entries == null) {
                continue;
            }
            for (String entry : entries) {
                if (entry.endsWith("/") && entry.length() > 1 && folders.add(entry.substring(0, entry.length() - 1))) {
                    open.push(entry);
                }
            }
        }
        return folders;
    }
}
