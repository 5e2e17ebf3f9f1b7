package dev.parley.sso.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The providers this installation is configured with (README, docs/identity-providers.md): each needs at
 * least a client id and secret, and an OpenID Connect provider its issuer. Read once; nothing is fetched
 * from a provider here (discovery is lazy, so Parley starts while a provider is down).
 */
@ApplicationScoped
public class SsoProviders {

    static final String GOOGLE_ISSUER = "https://accounts.google.com";
    static final String GITHUB_AUTHORIZE = "https://github.com/login/oauth/authorize";
    static final String GITHUB_TOKEN = "https://github.com/login/oauth/access_token";
    static final String GITHUB_API = "https://api.github.com";

    @Inject
    Config config;

    private volatile List<SsoProvider> configured;

    public SsoProviders() {
    }

    /** For unit tests: these settings, by key. */
    public SsoProviders(Function<String, Optional<String>> settings) {
        this.configured = read(settings);
    }

    /** The configured providers, in the order of their buttons: the organisation's, Google, GitHub. */
    public List<SsoProvider> all() {
        List<SsoProvider> now = configured;
        if (now == null) {
            now = read(key -> config.getOptionalValue(key, String.class));
            configured = now;
        }
        return now;
    }

    public Optional<SsoProvider> byId(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The OpenID Connect provider whose issuer this is. */
    public Optional<SsoProvider> byIssuer(String issuer) {
        return all().stream().filter(p -> p.isOidc() && p.issuer().equals(issuer)).findFirst();
    }

    static List<SsoProvider> read(Function<String, Optional<String>> settings) {
        Function<String, Optional<String>> s = key -> settings.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        List<SsoProvider> all = new ArrayList<>();
        Optional<String> issuer = s.apply("parley.oidc.issuer");
        Optional<String> id = s.apply("parley.oidc.client-id");
        Optional<String> secret = s.apply("parley.oidc.client-secret");
        if (issuer.isPresent() && id.isPresent() && secret.isPresent()) {
            all.add(new SsoProvider(SsoProvider.CORPORATE, SsoProvider.Kind.OIDC,
                    s.apply("parley.oidc.name").orElse("Single sign-on"), id.get(), secret.get(), issuer.get(),
                    scopes(s.apply("parley.oidc.scopes").orElse("openid email profile")),
                    s.apply("parley.oidc.groups-claim").orElse(null), null, null, null));
        }
        id = s.apply("parley.google.client-id");
        secret = s.apply("parley.google.client-secret");
        if (id.isPresent() && secret.isPresent()) {
            all.add(new SsoProvider(SsoProvider.GOOGLE, SsoProvider.Kind.OIDC, "Google", id.get(), secret.get(),
                    s.apply("parley.google.issuer").orElse(GOOGLE_ISSUER),
                    List.of("openid", "email", "profile"), null, null, null, null));
        }
        id = s.apply("parley.github.client-id");
        secret = s.apply("parley.github.client-secret");
        if (id.isPresent() && secret.isPresent()) {
            String api = s.apply("parley.github.api-url").map(SsoProviders::withoutSlash).orElse(GITHUB_API);
            all.add(new SsoProvider(SsoProvider.GITHUB, SsoProvider.Kind.GITHUB, "GitHub", id.get(), secret.get(),
                    api, List.of(s.apply("parley.github.scopes").orElse("read:user user:email").split("[\\s,]+")), null,
                    s.apply("parley.github.authorize-url").orElse(GITHUB_AUTHORIZE),
                    s.apply("parley.github.token-url").orElse(GITHUB_TOKEN), api));
        }
        return List.copyOf(all);
    }

    private static List<String> scopes(String text) {
        List<String> scopes = new ArrayList<>(Arrays.stream(text.split("[\\s,]+")).filter(x -> !x.isEmpty()).toList());
        if (!scopes.contains("openid")) {
            scopes.add(0, "openid");
        }
        return List.copyOf(scopes);
    }

    private static String withoutSlash(String url) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
