/**
 * How typing and presence are reached: {@code POST /api/channels/{id}/typing} and
 * {@code GET|PUT /api/users/{id}/presence} (REST), {@code typing:start} and {@code presence:update}
 * (one gateway handler each), the chat page's typing line, member list and idle signal (backing
 * beans), and the renderers that put {@code typing:user} and {@code presence:user} into the page's
 * push notices. Each calls the presence room's services and nothing else.
 */
package dev.parley.presence.boundary;
