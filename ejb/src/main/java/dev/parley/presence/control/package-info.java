/**
 * Typing and presence: who is typing in a channel ({@link dev.parley.presence.control.TypingService},
 * coalesced per user and channel) and who is online, idle, busy or away
 * ({@link dev.parley.presence.control.PresenceService}). Both are passing states, published as
 * ephemeral live events (no gateway {@code seq}, dropped first for a slow connection). A user's
 * live connections — gateway sessions and chat pages, reported by the transports through
 * {@link dev.parley.platform.control.LiveConnections} — are counted in Payara's data grid, so the
 * first one anywhere in the cluster makes them online and the last one closing makes them offline.
 */
package dev.parley.presence.control;
