/** How moderation is reached: the REST resources of bans, members' moderation and the audit log. */
package dev.parley.moderation.boundary;
