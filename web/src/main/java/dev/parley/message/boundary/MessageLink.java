package dev.parley.message.boundary;

import java.util.Optional;
import java.util.UUID;

/**
 * A link into the chat page as Discord writes them, {@code /channels/{serverId}/{channelId}} or
 * {@code /channels/{serverId}/{channelId}/{messageId}}, and the page address it stands for
 * ({@code /index.xhtml?server=…&channel=…&message=…}). {@code message} is null for a channel link.
 */
public record MessageLink(UUID server, UUID channel, UUID message) {

    public static final String PREFIX = "/channels";

    /** The link of the path after {@link #PREFIX} ({@code /s/c} or {@code /s/c/m}), if it is one. */
    public static Optional<MessageLink> parse(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = pathInfo.substring(1).split("/", -1);
        if (parts.length < 2 || parts.length > 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MessageLink(uuid(parts[0]), uuid(parts[1]), parts.length == 3 ? uuid(parts[2]) : null));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** Only the canonical form: UUID.fromString also takes "1-1-1-1-1". */
    private static UUID uuid(String text) {
        UUID id = UUID.fromString(text);
        if (!id.toString().equalsIgnoreCase(text)) {
            throw new IllegalArgumentException(text);
        }
        return id;
    }

    /** The chat page showing it, relative to the application. */
    public String page() {
        return "/index.xhtml?server=" + server + "&channel=" + channel + (message == null ? "" : "&message=" + message);
    }

    /** The link itself, relative to the application. */
    public String path() {
        return PREFIX + "/" + server + "/" + channel + (message == null ? "" : "/" + message);
    }
}
