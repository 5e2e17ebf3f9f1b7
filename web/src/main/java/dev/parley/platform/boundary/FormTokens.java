package dev.parley.platform.boundary;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The form token of a browser session (docs/security.md): a random secret kept in the HTTP session,
 * written into every Faces form as the hidden field {@value #FIELD} ({@link FormTokenRenderKitFactory})
 * and required on every POST to Faces ({@link CsrfFilter}). Another site can make a browser send the
 * session cookie, but cannot read the token.
 */
final class FormTokens {

    /** The hidden field's name; not a Faces client id, so that Faces ignores it. */
    static final String FIELD = "parley.csrf";
    private static final String ATTRIBUTE = FormTokens.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormTokens() {
    }

    /** The session's token, made on first use. */
    static String of(HttpSession session) {
        synchronized (FormTokens.class) { // two first pages of one session at once must agree
            Object token = session.getAttribute(ATTRIBUTE);
            if (token instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, made);
            return made;
        }
    }

    /** Whether the token presented is the session's, compared in constant time. */
    static boolean matches(HttpSession session, String presented) {
        Object token = session.getAttribute(ATTRIBUTE);
        return token instanceof String expected && presented != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
