package dev.parley.dm.control;

import java.util.Set;
import java.util.UUID;

/**
 * A conversation was created ({@code dm:create}) or changed ({@code dm:update}: someone left);
 * published to its participants after the commit. {@code joiners} are participants whose
 * connections start listening to the conversation with this event.
 */
public record DmChanged(String name, DmView conversation, Set<UUID> joiners) {

    public static final String CREATE = "dm:create";
    public static final String UPDATE = "dm:update";
}
