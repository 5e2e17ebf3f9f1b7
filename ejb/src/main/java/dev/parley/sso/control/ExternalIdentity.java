package dev.parley.sso.control;

import java.util.List;

/**
 * A person as a provider vouched for them, after validation.
 *
 * @param issuer with {@code subject}, who they are for good
 * @param emailVerified whether the provider says it verified the email
 * @param groups their directory groups from the configured claim; null when the provider syncs no groups
 * @param sid the provider's session id (OpenID Connect {@code sid}), for back-channel logout; may be null
 */
public record ExternalIdentity(String provider, String issuer, String subject, String email, boolean emailVerified,
        String preferredUsername, String name, List<String> groups, String sid) {
}
