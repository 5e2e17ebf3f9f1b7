/** REST boundary of channels: {@code /api/servers/{id}/channels} and {@code /api/channels/{id}}. */
package dev.parley.channel.boundary;
