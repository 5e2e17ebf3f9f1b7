package dev.parley.identity.control;

import dev.parley.admin.control.InstanceSettings;
import dev.parley.admin.control.Setting;
import dev.parley.platform.control.ParleyException;
import dev.parley.platform.control.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Whether people may use a password of Parley's own: the installation setting {@code auth.local-passwords}
 * (default {@code PARLEY_AUTH_LOCAL_PASSWORDS}, else true). Off, single sign-on is the only way in: password
 * login, registration and password reset are refused with {@code local-passwords-off} (403), and the pages
 * offer only the providers' buttons.
 */
@ApplicationScoped
public class LocalPasswords {

    @Inject
    InstanceSettings settings;

    public boolean allowed() {
        return settings.isOn(Setting.LOCAL_PASSWORDS);
    }

    /** Refuses (403 {@code local-passwords-off}) while local passwords are off. */
    public void require() {
        if (!allowed()) {
            throw new Off();
        }
    }

    /** Local passwords are off on this installation. */
    public static class Off extends ParleyException {

        private static final long serialVersionUID = 1L;

        public Off() {
            super(ProblemType.LOCAL_PASSWORDS_OFF, "This installation signs people in through its identity provider"
                    + " only; passwords of Parley's own are turned off.", Map.of());
        }
    }
}
