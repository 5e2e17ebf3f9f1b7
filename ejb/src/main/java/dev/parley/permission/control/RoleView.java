package dev.parley.permission.control;

import dev.parley.permission.entity.Role;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A role of a server as the API shows it: permissions by name, {@code color} as {@code #rrggbb}
 * (absent for none), {@code position} in the hierarchy (higher is more senior; {@code @everyone}
 * is 0 and is the one with {@code everyone} true).
 */
@Schema(name = "RoleView", description = "A role of a server.")
public record RoleView(UUID id, UUID serverId, String name, String color, List<String> permissions, int position,
        boolean hoist, boolean mentionable, boolean everyone) {

    public static RoleView of(Role r) {
        return new RoleView(r.getId(), r.getServerId(), r.getName(), r.getColor(), Permission.names(r.getPermissions()),
                r.getPosition(), r.isHoist(), r.isMentionable(), r.isDefaultRole());
    }
}
