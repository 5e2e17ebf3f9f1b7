/**
 * Direct messages: one-to-one and group conversations (up to ten people), each with a channel of
 * type dm in which messages, replies, reactions, pins, typing and read state work through the same
 * services as in a server's channels; and blocks. For permissions and live delivery a conversation
 * is a scope like a server, whose members are its participants.
 */
package dev.parley.dm.control;
