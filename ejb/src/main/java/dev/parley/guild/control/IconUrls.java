package dev.parley.guild.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** What an icon address must be: an absolute http or https URL with a host, at most 500 characters. */
final class IconUrls {

    static final int MAX = 500;

    private IconUrls() {
    }

    /** What is wrong with the address, or empty if it will do (null, for none, will). */
    static Optional<String> problemOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        if (url.length() > MAX) {
            return Optional.of("must be at most " + MAX + " characters");
        }
        String bad = "must be an http or https URL";
        if (url.isBlank() || !url.equals(url.strip()) || url.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            return Optional.of(bad);
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()
                    || uri.getRawUserInfo() != null) {
                return Optional.of(bad);
            }
        } catch (URISyntaxException e) {
            return Optional.of(bad);
        }
        return Optional.empty();
    }
}
