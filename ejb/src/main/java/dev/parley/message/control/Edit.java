package dev.parley.message.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message's new content. */
public record Edit(@NotBlank @Size(max = MessageService.MAX_LENGTH) String content) {
    /* written out: see Draft */
    public Edit(String content) {
        this.content = content;
    }
}
