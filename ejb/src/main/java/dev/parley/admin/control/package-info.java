/**
 * The installation itself: who administers it ({@code parley.admins}) and the settings they change
 * at run time ({@code instance_settings}), kept in memory on every instance, and what they do to
 * accounts (disable, enable: {@link dev.parley.admin.control.AccountAdminService}).
 */
package dev.parley.admin.control;
