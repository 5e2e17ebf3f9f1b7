package dev.parley.message.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message to post. A client may send a {@code nonce}: the same author, channel and nonce give
 * back the first message instead of posting a second one. {@code replyTo} makes it a reply to a
 * message of the same channel.
 */
public record Draft(
        @NotBlank @Size(max = MessageService.MAX_LENGTH) String content,
        @Size(max = 64) String nonce,
        @Schema(type = SchemaType.STRING, format = "uuid", description = "the message of this channel it answers")
        UUID replyTo) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public Draft(String content, String nonce, UUID replyTo) {
        this.content = content;
        this.nonce = nonce;
        this.replyTo = replyTo;
    }

    /** A message that answers none. */
    public Draft(String content, String nonce) {
        this(content, nonce, null);
    }
}
