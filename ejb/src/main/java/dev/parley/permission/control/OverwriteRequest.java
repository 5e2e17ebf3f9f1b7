package dev.parley.permission.control;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A channel's permission overwrite for one role or member: what it allows and denies there on top
 * of their server-wide permissions. Permissions are named ({@code VIEW_CHANNEL}, {@code SEND_MESSAGES}, …).
 */
@Schema(name = "OverwriteRequest")
public record OverwriteRequest(
        @NotNull @Pattern(regexp = "role|member", message = "must be role or member") String type,
        @Size(max = 64) List<String> allow,
        @Size(max = 64) List<String> deny) {
    /* Written out: Payara's OpenAPI generator fails on annotations copied to an implicit constructor. */
    public OverwriteRequest(String type, List<String> allow, List<String> deny) {
        this.type = type;
        this.allow = allow;
        this.deny = deny;
    }
}
