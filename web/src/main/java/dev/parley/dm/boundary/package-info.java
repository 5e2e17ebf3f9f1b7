/**
 * Boundary of direct messages: REST ({@code /api/users/me/dms}, {@code /api/users/me/blocks}) and the
 * chat page's home view (the list of one's conversations, starting one from the member list, new
 * conversations pushed as {@code dm:create}).
 */
package dev.parley.dm.boundary;
