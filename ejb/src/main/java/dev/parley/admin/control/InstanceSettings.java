package dev.parley.admin.control;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The installation's settings as they are now: read from memory (no query per use), loaded on first
 * use and again after a change commits, here and, through the data grid, on the other instances.
 */
@ApplicationScoped
public class InstanceSettings {

    private static final Logger LOG = Logger.getLogger(InstanceSettings.class.getName());
    static final String CHANGED = "parley.settings.changed";

    /** Fired in the transaction that changed settings. */
    public record Changed() implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Inject
    Config config;

    @Inject
    @Outbound(eventName = CHANGED, loopBack = false)
    Event<Changed> outbound;

    private volatile Map<Setting, String> current;

    public InstanceSettings() {
    }

    /** For unit tests: fixed values (the rest at their defaults). */
    public InstanceSettings(Map<Setting, String> values) {
        Map<Setting, String> all = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            all.put(s, values.getOrDefault(s, s.fallback()));
        }
        current = all;
    }

    public String get(Setting setting) {
        Map<Setting, String> now = current;
        if (now == null) {
            now = load();
        }
        return now.get(setting);
    }

    public boolean isOn(Setting setting) {
        return "true".equals(get(setting));
    }

    /** Every setting by its key, in declaration order. */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        for (Setting s : Setting.values()) {
            all.put(s.key(), get(s));
        }
        return all;
    }

    String defaultOf(Setting setting) {
        return config == null ? setting.fallback()
                : config.getOptionalValue("parley." + setting.key(), String.class).filter(setting::allows)
                        .orElse(setting.fallback());
    }

    private synchronized Map<Setting, String> load() {
        Map<String, String> stored = new HashMap<>();
        for (Object r : em.createNativeQuery("select key, value from instance_settings").getResultList()) {
            Object[] row = (Object[]) r;
            stored.put((String) row[0], (String) row[1]);
        }
        Map<Setting, String> all = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            String v = stored.get(s.key());
            all.put(s, v != null && s.allows(v) ? v : defaultOf(s));
        }
        current = all;
        return all;
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        current = null;
        try {
            outbound.fire(change);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cluster relay unavailable", e);
        }
    }

    void onRemoteChange(@Observes @Inbound(eventName = CHANGED) Changed change) {
        current = null;
    }
}
