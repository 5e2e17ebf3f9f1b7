package dev.parley.notify.control;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The last message read in a channel. */
public record ReadMark(@NotNull UUID messageId) {
    /* written out: see dev.parley.message.control.Draft */
    public ReadMark(UUID messageId) {
        this.messageId = messageId;
    }
}
