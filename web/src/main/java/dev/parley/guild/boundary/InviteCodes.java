package dev.parley.guild.boundary;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What people paste into "join a server": a bare code, or a whole invite link in the form this
 * UI hands out ({@code https://host/join.xhtml?code=CODE}) or the short form
 * {@code https://host/invite/CODE}.
 */
public final class InviteCodes {

    private InviteCodes() {
    }

    public static Optional<String> codeIn(String pasted) {
        if (pasted == null || pasted.isBlank()) {
            return Optional.empty();
        }
        String text = pasted.strip();
        int query = text.indexOf('?');
        if (query >= 0) {
            for (String pair : text.substring(query + 1).split("[&#]")) {
                if (pair.startsWith("code=")) {
                    return nonBlank(URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        }
        int slash = text.replaceAll("/+$", "").lastIndexOf('/');
        return nonBlank(slash >= 0 ? text.replaceAll("/+$", "").substring(slash + 1) : text);
    }

    private static Optional<String> nonBlank(String code) {
        return code.isBlank() ? Optional.empty() : Optional.of(code.strip());
    }
}
