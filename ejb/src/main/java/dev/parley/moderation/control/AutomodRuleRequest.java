package dev.parley.moderation.control;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule to create, or the fields of one to change (a field left out, null, stays as it is). On
 * creation {@code name}, {@code action} and at least one keyword or regex are required, and a
 * {@code flag} rule needs an {@code alertChannelId}.
 */
@Schema(name = "AutomodRuleRequest", description = "keywords: words or phrases, * at either end a wildcard"
        + " (cat*, *cat, *cat*), at most 1000 of up to 60 characters; regexes: RE2, case-insensitive, at most 10 of"
        + " up to 260 characters; action: block or flag")
public record AutomodRuleRequest(
        @Size(max = 100) String name,
        List<String> keywords,
        List<String> regexes,
        String action,
        UUID alertChannelId,
        @Size(max = 250) List<UUID> exemptRoleIds,
        @Size(max = 500) List<UUID> exemptChannelIds,
        Boolean enabled) {
    /* Written out: Payara's OpenAPI generator fails on annotations copied to an implicit constructor. */
    public AutomodRuleRequest(String name, List<String> keywords, List<String> regexes, String action,
            UUID alertChannelId, List<UUID> exemptRoleIds, List<UUID> exemptChannelIds, Boolean enabled) {
        this.name = name;
        this.keywords = keywords;
        this.regexes = regexes;
        this.action = action;
        this.alertChannelId = alertChannelId;
        this.exemptRoleIds = exemptRoleIds;
        this.exemptChannelIds = exemptChannelIds;
        this.enabled = enabled;
    }
}
