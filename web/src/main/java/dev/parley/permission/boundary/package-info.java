/**
 * How permissions are reached from outside: the REST resources for a server's roles, a member's
 * roles, a channel's permission overwrites and the explanation of a permission. The decisions
 * themselves are {@link dev.parley.permission.control.PermissionPolicy}'s.
 */
package dev.parley.permission.boundary;
