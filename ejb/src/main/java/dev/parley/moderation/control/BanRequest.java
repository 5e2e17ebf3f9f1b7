package dev.parley.moderation.control;


/**
 * A ban as Discord takes it: why (shown in the ban list and the audit log), and how many seconds
 * back the banned user's messages in the server are deleted (0 to 604800, a week; none when absent).
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BanRequest",
        description = "Why, and how many seconds back the banned user's messages in the server are deleted.")
public record BanRequest(String reason, Integer deleteMessageSeconds) {

    public static final int MAX_DELETE_SECONDS = 7 * 24 * 60 * 60;
    static final int MAX_REASON = 512;

    /*
     * No Bean Validation annotations here, checked by hand instead (ModerationService): Payara
     * 6.2025.10's OpenAPI generator fails on this record with them ("An error occurred while creating
     * the OpenAPI document", a NullPointerException in ApplicationProcessor.addSchemaParameter while
     * visiting @Size), and then serves a broken /openapi.
     */

    /** What is wrong with it, by field; empty when nothing is. */
    public java.util.Map<String, String> problems() {
        java.util.Map<String, String> wrong = new java.util.TreeMap<>();
        if (reason != null && reason.length() > MAX_REASON) {
            wrong.put("reason", "size must be between 0 and " + MAX_REASON);
        }
        if (deleteMessageSeconds != null && (deleteMessageSeconds < 0 || deleteMessageSeconds > MAX_DELETE_SECONDS)) {
            wrong.put("deleteMessageSeconds", "must be between 0 and " + MAX_DELETE_SECONDS);
        }
        return wrong;
    }
}
