/**
 * Who may do what. {@link dev.parley.permission.control.PermissionPolicy} is the one place that
 * answers "may user U do P in channel C / server S"; every service calls it before it acts.
 * The arithmetic is Discord's and lives, pure and unit-tested, in
 * {@link dev.parley.permission.control.PermissionCalculator}; how it decided one permission, step
 * by step, in {@link dev.parley.permission.control.PermissionExplainer}. Roles and their
 * assignments are {@link dev.parley.permission.control.RoleService}'s, channel overwrites
 * {@link dev.parley.permission.control.OverwriteService}'s.
 */
package dev.parley.permission.control;
