package dev.parley.sso.control;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Group sync: a member of the directory group {@code group} (as the groups claim names it, exactly) holds
 * the role {@code roleId} of the server {@code serverId}. A role named by any mapping is managed by the
 * directory: given at sign-in while one of its groups is present, taken when none is.
 */
@Schema(name = "SsoGroupRole", description = "A directory group that gives a server role at each single sign-on.")
public record GroupRole(String group, UUID serverId, UUID roleId) {
}
