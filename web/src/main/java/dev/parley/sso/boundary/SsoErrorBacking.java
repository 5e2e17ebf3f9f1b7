package dev.parley.sso.boundary;

import dev.parley.sso.control.SsoRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Set;

/** The page that says why a sign-in through a provider did not happen ({@code /sso-error.xhtml?reason=…}). */
@Named
@RequestScoped
public class SsoErrorBacking {

    private static final Set<String> KNOWN = Set.of(SsoRefusal.EXPIRED, SsoRefusal.DENIED, SsoRefusal.INVALID,
            SsoRefusal.UNVERIFIED_EMAIL, SsoRefusal.NO_EMAIL, SsoRefusal.DISABLED, SsoRefusal.UNAVAILABLE);

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The text's key in {@code i18n/sso.properties}: one per known reason, a general one for anything else. */
    public String getKey() {
        return "error." + (reason != null && KNOWN.contains(reason) ? reason : "failed");
    }
}
