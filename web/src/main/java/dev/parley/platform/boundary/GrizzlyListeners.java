package dev.parley.platform.boundary;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.server.HttpServerFilter;

/**
 * Puts a Grizzly filter of ours into each of Payara's HTTP listeners, just before the filter that
 * hands requests to the web container, and takes it out again. Payara has no setting for a filter
 * of an application's, so the listeners' filter chains are reached through Payara's service
 * locator and its {@code GrizzlyService} (not public API: reflection, at deployment only). Where
 * that is not there (another container, a Payara whose internals moved) nothing is installed and
 * the log says so once, at INFO.
 */
public final class GrizzlyListeners {

    private static final Logger LOG = Logger.getLogger(GrizzlyListeners.class.getName());
    private static final ClassValue<Optional<Field>> PROXIES = ContainerFields.named("proxies");
    private static final ClassValue<Optional<Field>> GRIZZLY_LISTENER = ContainerFields.named("grizzlyListener");

    /** Where a filter went in; {@link #remove()} takes it out of every chain again (at undeployment). */
    public static final class Installed {
        private final Filter filter;
        private final List<FilterChain> chains;

        Installed(Filter filter, List<FilterChain> chains) {
            this.filter = filter;
            this.chains = chains;
        }

        public int listeners() {
            return chains.size();
        }

        public void remove() {
            for (FilterChain chain : chains) {
                chain.remove(filter);
            }
        }
    }

    private GrizzlyListeners() {
    }

    /** Installs {@code filter} in every HTTP listener of the running Payara (none elsewhere). */
    public static Installed install(Filter filter, String purpose) {
        List<FilterChain> chains = new ArrayList<>();
        try {
            for (FilterChain chain : rootChains()) {
                if (install(chain, filter)) {
                    chains.add(chain);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.INFO, purpose + ": not in place, no Grizzly listener found (" + e + ")");
        }
        return new Installed(filter, chains);
    }

    /**
     * Inserts {@code filter} just before the chain's {@link HttpServerFilter}; false when the chain
     * has none or already holds a filter of this class (left there by an earlier deployment).
     */
    static boolean install(FilterChain chain, Filter filter) {
        int at = -1;
        for (int i = 0; i < chain.size(); i++) {
            Filter present = chain.get(i);
            if (present.getClass().getName().equals(filter.getClass().getName())) {
                return false;
            }
            if (present instanceof HttpServerFilter && at < 0) {
                at = i;
            }
        }
        if (at < 0) {
            return false;
        }
        chain.add(at, filter);
        return true;
    }

    /** The root filter chain of every network listener Payara runs. */
    private static List<FilterChain> rootChains() throws ReflectiveOperationException {
        ClassLoader loader = GrizzlyListeners.class.getClassLoader();
        Object locator = Class.forName("org.glassfish.internal.api.Globals", true, loader)
                .getMethod("getDefaultHabitat").invoke(null);
        Class<?> serviceType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService", true, loader);
        Object service = Class.forName("org.glassfish.hk2.api.ServiceLocator", true, loader)
                .getMethod("getService", Class.class, Annotation[].class)
                .invoke(locator, serviceType, new Annotation[0]);
        if (service == null) {
            throw new ClassNotFoundException("no GrizzlyService in the service locator");
        }
        List<FilterChain> chains = new ArrayList<>();
        for (Object proxy : new ArrayList<>((Collection<?>) field(PROXIES, serviceType).get(service))) {
            Object listener = field(GRIZZLY_LISTENER, proxy.getClass()).get(proxy);
            Object transport = listener == null ? null : listener.getClass().getMethod("getTransport").invoke(listener);
            if (transport instanceof Transport t && t.getProcessor() instanceof FilterChain chain) {
                chains.add(chain);
            }
        }
        return chains;
    }

    private static Field field(ClassValue<Optional<Field>> named, Class<?> type) throws NoSuchFieldException {
        return named.get(type).orElseThrow(() -> new NoSuchFieldException("in " + type.getName()));
    }
}
