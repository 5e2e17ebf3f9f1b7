/**
 * The installation itself: who administers it ({@code parley.admins}) and the settings they change
 * at run time ({@code instance_settings}), kept in memory on every instance.
 */
package dev.parley.admin.control;
