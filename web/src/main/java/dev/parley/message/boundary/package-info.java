/**
 * How messages are reached: REST ({@code /api/channels/{id}/messages}), the gateway's
 * {@code message:send}, and the chat page's list and composer, where {@link
 * dev.parley.message.boundary.MessageHtml} writes each message and {@link
 * dev.parley.message.boundary.MessageMarkdown} formats its content.
 */
package dev.parley.message.boundary;
