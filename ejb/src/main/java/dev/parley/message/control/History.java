package dev.parley.message.control;

import java.util.UUID;

/**
 * A page of history: messages older than {@code before}, or newer than {@code after}, or
 * {@code around} a message (it and older ones, and up to half of the page newer ones), or the
 * newest; at most {@code limit} (1–100, default 50). Always returned newest first.
 */
public record History(UUID before, UUID after, UUID around, Integer limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    public History(UUID before, UUID after, Integer limit) {
        this(before, after, null, limit);
    }

    public static History latest() {
        return new History(null, null, null, null);
    }
}
