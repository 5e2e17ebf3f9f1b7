package dev.parley.channel.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A thread's name. */
public record NewThread(@NotBlank @Size(max = 100) String name) {
    /* written out: see dev.parley.message.control.Draft */
    public NewThread(String name) {
        this.name = name;
    }
}
