package dev.parley.message.control;

import dev.parley.permission.control.ServerFacts.ChannelFact;
import java.util.UUID;

/**
 * A rule a message must pass before it is stored, beyond permissions (slow mode, keyword
 * auto-moderation, …): a CDI bean in its own room, found by {@link MessageService}, so a new rule is
 * a new class and no edit here. It refuses by throwing a {@code ParleyException} (the author sees
 * its sentence). It runs on every send, on the caller's thread: answer from memory, never from the
 * database.
 */
public interface SendCheck {

    /** @param content the text as it will be stored (stripped) */
    void check(UUID authorId, ChannelFact channel, String content);
}
