package dev.parley.moderation.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An auto-moderation rule as the API shows it. */
@Schema(name = "AutomodRule", description = "A keyword auto-moderation rule of a server.")
public record AutomodRuleView(UUID id, UUID serverId, String name, List<String> keywords, List<String> regexes,
        String action, UUID alertChannelId, List<UUID> exemptRoleIds, List<UUID> exemptChannelIds, boolean enabled,
        UUID createdBy, Instant createdAt, Instant updatedAt) {

    public static final String BLOCK = "block";
    public static final String FLAG = "flag";

    public AutomodRuleView {
        keywords = List.copyOf(keywords);
        regexes = List.copyOf(regexes);
        exemptRoleIds = List.copyOf(exemptRoleIds);
        exemptChannelIds = List.copyOf(exemptChannelIds);
    }

    public boolean blocks() {
        return BLOCK.equals(action);
    }

    /** What the audit log keeps of the rule. */
    Map<String, Object> audited() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("keywords", keywords);
        fields.put("regexes", regexes);
        fields.put("action", action);
        fields.put("alertChannelId", alertChannelId == null ? null : alertChannelId.toString());
        fields.put("exemptRoleIds", exemptRoleIds.stream().map(UUID::toString).toList());
        fields.put("exemptChannelIds", exemptChannelIds.stream().map(UUID::toString).toList());
        fields.put("enabled", enabled);
        return fields;
    }
}
