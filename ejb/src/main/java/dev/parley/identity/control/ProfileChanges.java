package dev.parley.identity.control;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Changes to one's own profile ({@code PUT /api/users/me}): a field left out keeps its value, a field
 * sent as null (or blank) is cleared. {@code displayName} up to 32 characters on one line (cleared: the
 * username is shown), {@code bio} up to 190, {@code statusText} up to 128 on one line, {@code locale}
 * {@code en}, {@code ru} or null (the browser's language).
 */
@Schema(name = "ProfileChanges", description = "Changes to one's own profile; fields left out keep their value, null clears.")
public record ProfileChanges(String displayName, String bio, String locale, String statusText) {
}
