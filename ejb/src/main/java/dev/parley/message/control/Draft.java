package dev.parley.message.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A message to post. A client may send a {@code nonce}: the same author, channel and nonce give
 * back the first message instead of posting a second one.
 */
public record Draft(
        @NotBlank @Size(max = MessageService.MAX_LENGTH) String content,
        @Size(max = 64) String nonce) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public Draft(String content, String nonce) {
        this.content = content;
        this.nonce = nonce;
    }
}
