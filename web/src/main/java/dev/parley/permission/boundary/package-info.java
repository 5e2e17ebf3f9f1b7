/**
 * How permissions are reached from outside: the REST resource for a channel's permission
 * overwrites. The decisions themselves are {@link dev.parley.permission.control.PermissionPolicy}'s.
 */
package dev.parley.permission.boundary;
