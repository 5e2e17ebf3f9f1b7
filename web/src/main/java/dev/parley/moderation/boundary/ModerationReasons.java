package dev.parley.moderation.boundary;

import dev.parley.moderation.control.ModerationReason;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The reason a moderator gives, as Discord's clients send it: the {@code X-Audit-Log-Reason}
 * header (URL-encoded UTF-8) or, for clients that cannot set headers, a {@code reason} query parameter.
 */
final class ModerationReasons {

    static final String HEADER = "X-Audit-Log-Reason";

    private ModerationReasons() {
    }

    static ModerationReason of(String query, String header) {
        if (query != null && !query.isBlank()) {
            return new ModerationReason(query);
        }
        if (header == null || header.isBlank()) {
            return new ModerationReason(null);
        }
        try {
            return new ModerationReason(URLDecoder.decode(header, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notEncoded) {
            return new ModerationReason(header);
        }
    }
}
