/** REST boundary of read state and badges: {@code PUT /api/channels/{id}/read}, {@code GET /api/users/me/unread}. */
package dev.parley.notify.boundary;
