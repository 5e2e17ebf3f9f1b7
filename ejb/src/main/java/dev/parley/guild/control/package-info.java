/**
 * Servers and membership: creating a server (with its {@code @everyone} role and a
 * {@code general} channel), listing one's servers, invites and joining by invite code.
 */
package dev.parley.guild.control;
