package dev.parley.channel.entity;

import java.util.Locale;
import java.util.Optional;

/** The kinds of channel; stored in lower case as in the seed. */
public enum ChannelType {
    TEXT, VOICE, CATEGORY,
    /** the channel of a direct-message conversation (never created through the channel API) */
    DM,
    /** a thread under a text channel (created from one of its messages, never through the channel API) */
    THREAD;

    /** Whether messages are posted in channels of this kind. */
    public boolean holdsMessages() {
        return this == TEXT || this == DM || this == THREAD;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChannelType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ChannelType t : values()) {
            if (t.wireName().equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
