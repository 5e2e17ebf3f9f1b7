package dev.parley.identity.control;

import jakarta.validation.constraints.NotBlank;

/** The token of a link sent by mail, as {@code POST /api/auth/verify-email} receives it. */
public record LinkToken(@NotBlank String token) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public LinkToken(String token) {
        this.token = token;
    }
}
