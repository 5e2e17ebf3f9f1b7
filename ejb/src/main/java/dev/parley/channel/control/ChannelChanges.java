package dev.parley.channel.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Changes to a channel. Each field is optional: a field left out keeps its value; {@code topic}
 * null clears it, {@code parentId} null moves the channel to the top level. {@code type} may be
 * sent but not changed.
 */
public record ChannelChanges(@Size(max = 100) String name, @Size(max = 1024) String topic,
        @Min(0) @Max(1_000_000) Integer position, UUID parentId,
        @Min(0) @Max(21600) Integer slowModeSeconds, String type) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public ChannelChanges(String name, String topic, Integer position, UUID parentId, Integer slowModeSeconds,
            String type) {
        this.name = name;
        this.topic = topic;
        this.position = position;
        this.parentId = parentId;
        this.slowModeSeconds = slowModeSeconds;
        this.type = type;
    }
}
