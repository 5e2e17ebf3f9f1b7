package dev.parley.platform.boundary;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Whether the path of a request-target, as it came off the wire, is one the application can
 * serve: every {@code %} starts a two-digit hex escape, the decoded bytes are UTF-8, and none of
 * them is NUL. The container refuses such paths before any application code runs, with a bare
 * page; {@link MalformedUriFilter} asks this first so that the answer is problem+json.
 */
final class UriCheck {

    private UriCheck() {
    }

    /** What is wrong with the request-target's path (the query is not looked at), or empty if nothing is. */
    static Optional<String> problem(CharSequence requestTarget) {
        int end = requestTarget.length();
        for (int i = 0; i < end; i++) {
            if (requestTarget.charAt(i) == '?') {
                end = i;
                break;
            }
        }
        ByteBuffer decoded = ByteBuffer.allocate(end);
        boolean notAscii = false;
        for (int i = 0; i < end; i++) {
            char c = requestTarget.charAt(i);
            if (c == '%') {
                int high = i + 1 < end ? Character.digit(requestTarget.charAt(i + 1), 16) : -1;
                int low = i + 2 < end ? Character.digit(requestTarget.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return Optional.of("The path has a % that does not start a two-digit hex escape.");
                }
                byte b = (byte) (high << 4 | low);
                if (b == 0) {
                    return Optional.of("The path contains an escaped NUL character (%00).");
                }
                decoded.put(b);
                notAscii |= b < 0;
                i += 2;
            } else if (c == 0) {
                return Optional.of("The path contains a NUL character.");
            } else {
                // the request line is bytes (one char each here); a byte sent raw counts as it came
                decoded.put((byte) c);
                notAscii |= c > 0x7f;
            }
        }
        if (!notAscii) {
            return Optional.empty();
        }
        decoded.flip();
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(decoded);
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("The path's escapes do not decode to UTF-8 text.");
        }
    }
}
