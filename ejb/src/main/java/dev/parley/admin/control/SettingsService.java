package dev.parley.admin.control;

import dev.parley.moderation.control.AuditRecord;
import dev.parley.moderation.control.AuditTrail;
import dev.parley.platform.control.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Reading and changing the installation's settings: its administrators only, every change audit-logged. */
@Stateless
public class SettingsService {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Inject
    InstallationAdmins admins;

    @Inject
    InstanceSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Event<InstanceSettings.Changed> changed;

    public Map<String, String> all(UUID actor) {
        admins.require(actor);
        return settings.all();
    }

    /** Sets the given settings (all or none: every key and value is checked first); the settings as they are now. */
    public Map<String, String> update(UUID actor, Map<String, String> changes) {
        admins.require(actor);
        Map<String, String> problems = new TreeMap<>();
        Map<Setting, String> valid = new LinkedHashMap<>();
        changes.forEach((key, value) -> {
            Optional<Setting> setting = Setting.byKey(key);
            if (setting.isEmpty()) {
                problems.put(key, "is not a setting");
            } else if (value == null || !setting.get().allows(value)) {
                problems.put(key, "must be one of " + new java.util.TreeSet<>(setting.get().allowed()));
            } else {
                valid.put(setting.get(), value);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some settings are unknown or have a value they cannot take.", problems);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        valid.forEach((setting, value) -> {
            String old = settings.get(setting);
            if (!old.equals(value)) {
                before.put(setting.key(), old);
                after.put(setting.key(), value);
            }
            em.createNativeQuery("insert into instance_settings (key, value, updated_at, updated_by)"
                            + " values (?1, ?2, now(), ?3) on conflict (key) do update"
                            + " set value = excluded.value, updated_at = now(), updated_by = excluded.updated_by")
                    .setParameter(1, setting.key()).setParameter(2, value).setParameter(3, actor).executeUpdate();
        });
        if (!after.isEmpty()) {
            audit.record(AuditRecord.of(null, actor, "settings.update", "installation", null, before, after));
            changed.fire(new InstanceSettings.Changed());
        }
        Map<String, String> now = new LinkedHashMap<>(settings.all());
        valid.forEach((setting, value) -> now.put(setting.key(), value));
        return now;
    }
}
