/**
 * How moderation is reached: the REST resources of bans, members' moderation, auto-moderation
 * rules and the audit log; the member actions dialog and the Auto-moderation tab of server settings.
 */
package dev.parley.moderation.boundary;
