package dev.parley.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where people reach this installation ({@code parley.public-url}, such as
 * {@code https://chat.example.com}): the one base for links in mail, redirects, the identity provider's
 * callback and cookies' {@code Secure} flag. Never taken from a request's {@code Host} header, which
 * anyone can set.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "parley.public-url")
    String configured;

    private URI base;

    public PublicUrl() {
    }

    /** For unit tests. */
    public PublicUrl(String configured) {
        this.configured = configured;
    }

    /** The base, without a trailing slash. */
    public URI base() {
        if (base == null) {
            base = parse(configured);
        }
        return base;
    }

    /** An absolute URL of this installation for an application path such as {@code /reset.xhtml?token=…}. */
    public String of(String path) {
        String b = base().toString();
        return b + (path.startsWith("/") ? path : "/" + path);
    }

    /** Whether people reach it over TLS (then cookies are {@code Secure}). */
    public boolean isSecure() {
        return "https".equals(base().getScheme());
    }

    static URI parse(String text) {
        String t = text == null ? "" : text.strip();
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        URI uri = URI.create(t);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("parley.public-url must be an http or https URL without query or"
                    + " fragment, such as https://chat.example.com; it is " + text);
        }
        return uri;
    }
}
