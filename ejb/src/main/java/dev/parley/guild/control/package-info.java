/**
 * Servers and membership: creating a server (with its {@code @everyone} role and a
 * {@code general} channel), its settings, ownership and deletion, listing one's servers and a
 * server's members, invites (temporary ones among them), joining by invite code and leaving.
 */
package dev.parley.guild.control;
