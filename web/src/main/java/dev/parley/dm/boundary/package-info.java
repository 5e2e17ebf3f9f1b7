/** REST boundary of direct messages: {@code /api/users/me/dms} and {@code /api/users/me/blocks}. */
package dev.parley.dm.boundary;
