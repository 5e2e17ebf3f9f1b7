package dev.parley.message.control;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of a message that an edit replaced: its content, when it was written and when it was replaced. */
@Schema(name = "MessageEdit", description = "A former version of a message.")
public record EditView(String content, Instant writtenAt, Instant replacedAt) {
}
