package dev.parley.guild.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Limits of a new invite; all optional. {@code maxAgeSeconds} 0 or absent means it does not
 * expire; {@code maxUses} 0 or absent means no limit; {@code temporary} true makes whoever joins
 * through it a temporary member (removed when their last connection closes, unless given a role).
 */
public record NewInvite(@Min(0) @Max(100) Integer maxUses, @Min(0) @Max(60 * 60 * 24 * 30) Integer maxAgeSeconds,
        Boolean temporary) {
    /*
     * Written out, not implicit: Payara's OpenAPI generator fails on Bean Validation annotations
     * propagated to an implicit canonical constructor's parameters. Explicit ones don't get them.
     */
    public NewInvite(Integer maxUses, Integer maxAgeSeconds, Boolean temporary) {
        this.maxUses = maxUses;
        this.maxAgeSeconds = maxAgeSeconds;
        this.temporary = temporary;
    }

    /** A permanent membership's invite. */
    public NewInvite(Integer maxUses, Integer maxAgeSeconds) {
        this(maxUses, maxAgeSeconds, null);
    }

    public static final NewInvite UNLIMITED = new NewInvite(null, null, null);

    public boolean isTemporary() {
        return Boolean.TRUE.equals(temporary);
    }
}
