package dev.parley.moderation.control;

import jakarta.validation.constraints.Size;

/** The reason a moderator gives for an action (a query parameter or the {@code X-Audit-Log-Reason} header), as the audit log keeps it. */
public record ModerationReason(@Size(max = 512) String reason) {

    /** The reason, or null when none was given (blank is none). */
    public String text() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
