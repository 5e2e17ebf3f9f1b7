/**
 * Boundary of channels and threads: REST ({@code /api/servers/{id}/channels}, {@code /api/channels/{id}},
 * threads) and the chat page's channel list with each channel's threads under it (new ones pushed
 * as {@code thread:create}).
 */
package dev.parley.channel.boundary;
