/**
 * Roles, role assignments and channel permission overwrites as stored: 64-bit permission sets in
 * {@code BIGINT} columns. The decision itself is made by the EJB module's {@code PermissionPolicy}.
 */
package dev.parley.permission.entity;
