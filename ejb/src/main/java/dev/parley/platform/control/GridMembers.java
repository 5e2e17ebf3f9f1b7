package dev.parley.platform.control;

import com.hazelcast.core.HazelcastInstance;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Whether the data grid has a member other than this instance, read from Payara's Hazelcast
 * member list (JNDI {@code payara/Hazelcast}; the list is kept by Hazelcast, so asking costs no
 * network call). When the grid cannot be reached (no Hazelcast, another container) the answer is
 * always "yes": relaying to nobody is harmless, not relaying to someone is not.
 */
final class GridMembers {

    static final String JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(GridMembers.class.getName());

    private GridMembers() {
    }

    /** A test of "is anyone else there?", found once. */
    static BooleanSupplier others() {
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            return of(found);
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "no data grid member list; live events are always relayed", e);
            return () -> true;
        }
    }

    static BooleanSupplier of(Object grid) {
        if (grid instanceof HazelcastInstance hazelcast) {
            return () -> {
                try {
                    return hazelcast.getCluster().getMembers().size() > 1;
                } catch (RuntimeException e) {
                    return true;
                }
            };
        }
        return () -> true;
    }
}
