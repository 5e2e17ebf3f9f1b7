package dev.parley.sso.boundary;

import dev.parley.identity.control.LocalPasswords;
import dev.parley.sso.control.SsoProvider;
import dev.parley.sso.control.SsoProviders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sign-in and sign-up pages' single sign-on part: a button for each configured provider (none for one
 * that is not), and whether the password form is offered at all ({@code auth.local-passwords}).
 */
@Named
@RequestScoped
public class SsoButtons {

    /** One button: the provider's id (its URL and the button's id), and its name. */
    public record Button(String id, String label) {
    }

    @Inject
    SsoProviders providers;

    @Inject
    LocalPasswords localPasswords;

    public List<Button> getButtons() {
        return providers.all().stream().map(p -> new Button(p.id(), p.label())).toList();
    }

    public boolean isAny() {
        return !providers.all().isEmpty();
    }

    public boolean isLocalPasswords() {
        return localPasswords.allowed();
    }

    /** Where a button goes, relative to the application: the provider's start, carrying where to go after. */
    public String href(String providerId, String next) {
        String base = "/api/auth/oauth/" + URLEncoder.encode(providerId, StandardCharsets.UTF_8);
        return next == null || next.isBlank() ? base : base + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    /** For pages that name a provider by its id. */
    public String labelOf(String providerId) {
        return providers.byId(providerId).map(SsoProvider::label).orElse(providerId);
    }
}
