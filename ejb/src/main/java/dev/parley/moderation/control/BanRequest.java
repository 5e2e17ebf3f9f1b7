package dev.parley.moderation.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A ban as Discord takes it: why (shown in the ban list and the audit log), and how many seconds
 * back the banned user's messages in the server are deleted (0 to 604800, a week; none when absent).
 */
public record BanRequest(@Size(max = 512) String reason,
        @Min(0) @Max(BanRequest.MAX_DELETE_SECONDS) Integer deleteMessageSeconds) {

    public static final int MAX_DELETE_SECONDS = 7 * 24 * 60 * 60;
    public static final BanRequest NONE = new BanRequest(null, null);
}
