/** REST boundary of the installation itself: {@code /api/admin/*}, for its administrators ({@code PARLEY_ADMINS}). */
package dev.parley.admin.boundary;
