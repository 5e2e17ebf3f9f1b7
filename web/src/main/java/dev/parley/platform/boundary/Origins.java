package dev.parley.platform.boundary;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a browser says a request comes from ({@code Origin}, else the origin of {@code Referer}) and
 * whether that is this installation: the origin of {@code parley.public-url}, or the same host and
 * port the request was addressed to ({@code Host}). Both headers are set by the browser, not by the
 * page that makes it send a request, so a page of another site cannot pass either test; the
 * {@code Host} is only compared here, never used to build a link or a redirect. Accepting the request's
 * own host lets an installation be reached under a second name or straight on an instance's port
 * (and the system tests on their random port) without weakening the check.
 */
final class Origins {

    private Origins() {
    }

    /** The origin the browser names, as {@code scheme://host[:port]}, lower case; empty when it names none. */
    static Optional<String> claimed(String originHeader, String refererHeader) {
        if (originHeader != null && !originHeader.isBlank() && !"null".equals(originHeader.strip())) {
            return originOf(originHeader.strip(), true);
        }
        if (refererHeader != null && !refererHeader.isBlank()) {
            return originOf(refererHeader.strip(), false);
        }
        return Optional.empty();
    }

    /** Whether {@code origin} (from {@link #claimed}) is the public URL's or names the request's own host. */
    static boolean isOurs(String origin, URI publicBase, String hostHeader) {
        Optional<String> configured = originOf(publicBase.toString(), false);
        if (configured.isPresent() && configured.get().equals(origin)) {
            return true;
        }
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String authority = origin.substring(origin.indexOf("://") + 3);
        return authority.equals(hostHeader.strip().toLowerCase(Locale.ROOT));
    }

    private static Optional<String> originOf(String text, boolean originOnly) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            if (originOnly && !(uri.getRawPath() == null || uri.getRawPath().isEmpty())) {
                return Optional.empty();
            }
            return Optional.of(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
