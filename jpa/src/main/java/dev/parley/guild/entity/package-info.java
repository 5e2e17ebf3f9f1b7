/**
 * Servers ("guilds" in Discord's words, {@code servers} in the schema), their members and their
 * invites, as stored. A {@link dev.parley.guild.entity.Guild} guards its own name; membership rules live
 * in the EJB module's guild package.
 */
package dev.parley.guild.entity;
