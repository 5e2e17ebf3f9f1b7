package dev.parley.sso.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SsoProvidersTest {

    static SsoProviders of(Map<String, String> settings) {
        return new SsoProviders(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void aProviderIsOfferedOnlyWhenItsClientIdAndSecretAreSet() {
        assertThat(of(Map.of()).all()).isEmpty();
        assertThat(of(Map.of("parley.oidc.issuer", "https://idp.example", "parley.oidc.client-id", "p")).all())
                .as("no secret").isEmpty();
        assertThat(of(Map.of("parley.google.client-id", "g", "parley.google.client-secret", " ")).all()).isEmpty();
        SsoProviders all = of(Map.of("parley.oidc.issuer", "https://idp.example/realms/corp", "parley.oidc.client-id", "p",
                "parley.oidc.client-secret", "s", "parley.oidc.name", "Acme", "parley.oidc.scopes", "email profile groups",
                "parley.oidc.groups-claim", "groups", "parley.google.client-id", "g", "parley.google.client-secret", "gs",
                "parley.github.client-id", "h", "parley.github.client-secret", "hs"));
        assertThat(all.all()).extracting(SsoProvider::id).containsExactly("oidc", "google", "github");
        SsoProvider corp = all.byId("oidc").orElseThrow();
        assertThat(corp.label()).isEqualTo("Acme");
        assertThat(corp.scopes()).as("openid is always asked for").containsExactly("openid", "email", "profile", "groups");
        assertThat(corp.groupsClaim()).isEqualTo("groups");
        assertThat(all.byId("google").orElseThrow().issuer()).isEqualTo("https://accounts.google.com");
        SsoProvider github = all.byId("github").orElseThrow();
        assertThat(List.of(github.authorizeUrl(), github.tokenUrl(), github.apiUrl())).containsExactly(
                "https://github.com/login/oauth/authorize", "https://github.com/login/oauth/access_token", "https://api.github.com");
        assertThat(github.toString()).doesNotContain("hs");
        assertThat(all.byIssuer("https://idp.example/realms/corp")).contains(corp);
        assertThat(all.byIssuer("https://api.github.com")).as("GitHub signs no tokens").isEmpty();
    }

    @Test
    void usernamesAreMadeValidFromWhatTheProviderSays() {
        assertThat(SsoService.usernameBase(person("grace.h", "g@x.test", "Grace"))).isEqualTo("grace.h");
        assertThat(SsoService.usernameBase(person(null, "grace.hopper@x.test", "Grace"))).isEqualTo("grace.hopper");
        assertThat(SsoService.usernameBase(person("Zoë Ünal", null, null))).isEqualTo("Zoe.Unal");
        assertThat(SsoService.usernameBase(person("<script>", null, null))).isEqualTo("script");
        assertThat(SsoService.usernameBase(person("Дмитрий", "д@x.test", "Дмитрий"))).isEqualTo("user");
        assertThat(SsoService.usernameBase(person("x".repeat(80), null, null))).hasSize(32);
        assertThat(SsoProtocol.groups(List.of("a", 1, " b ", ""))).containsExactly("a", "b");
        assertThat(SsoProtocol.groups("solo")).containsExactly("solo");
        assertThat(SsoProtocol.groups(Map.of())).isEmpty();
    }

    static ExternalIdentity person(String preferred, String email, String name) {
        return new ExternalIdentity("oidc", "https://idp.example", "s", email, true, preferred, name, null, null);
    }
}
