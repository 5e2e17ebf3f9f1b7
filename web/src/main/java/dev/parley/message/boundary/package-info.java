/** REST boundary of messages: {@code /api/channels/{id}/messages}. */
package dev.parley.message.boundary;
