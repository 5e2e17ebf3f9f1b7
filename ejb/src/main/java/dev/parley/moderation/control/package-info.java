/**
 * Moderation: the audit log every room writes its moderation and settings actions into
 * ({@link dev.parley.moderation.control.AuditTrail}), kick, ban, time-out, slow mode and keyword
 * auto-moderation.
 */
package dev.parley.moderation.control;
