package dev.parley.scim.control;

import java.time.Instant;
import java.util.UUID;

/**
 * A user as the identity provider reads it through SCIM. {@code givenName}, {@code familyName} and
 * {@code externalId} are null for an account the provider has not touched yet; {@code displayName} is
 * null when the user has none of their own.
 */
public record ScimUserView(UUID id, String userName, String externalId, String givenName, String familyName,
        String displayName, String email, boolean active, Instant created, Instant lastModified) {
}
