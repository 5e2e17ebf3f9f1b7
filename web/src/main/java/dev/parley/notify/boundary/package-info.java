/**
 * Boundary of read state and badges: REST ({@code PUT /api/channels/{id}/read},
 * {@code GET /api/users/me/unread}) and the chat page's part (the counts at page load, marking the
 * channel on screen read, {@code read-state:update} pushed to one's other pages).
 */
package dev.parley.notify.boundary;
