package dev.parley.guild.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Limits of a new invite; both optional. {@code maxAgeSeconds} 0 or absent means it does not
 * expire; {@code maxUses} 0 or absent means no limit.
 */
public record NewInvite(@Min(0) @Max(100) Integer maxUses, @Min(0) @Max(60 * 60 * 24 * 30) Integer maxAgeSeconds) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public NewInvite(Integer maxUses, Integer maxAgeSeconds) {
        this.maxUses = maxUses;
        this.maxAgeSeconds = maxAgeSeconds;
    }

    public static final NewInvite UNLIMITED = new NewInvite(null, null);
}
