/**
 * Posting and reading messages. Every entry point (REST, gateway, Faces) calls
 * {@link dev.parley.message.control.MessageService}; a post fires {@link dev.parley.message.control.MessagePosted},
 * which reaches connected clients only after the transaction committed.
 */
package dev.parley.message.control;
