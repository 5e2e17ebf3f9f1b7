package dev.parley.permission.control;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a member may or may not do something in a channel: their effective permissions there (by
 * name), the permission asked about, the verdict, and each step of the algorithm that touched
 * it, in order ({@link PermissionExplainer}).
 */
@Schema(name = "PermissionExplanation")
public record PermissionExplanation(UUID userId, UUID channelId, List<String> permissions, String permission,
        boolean allowed, List<PermissionExplainer.Step> steps) {
}
