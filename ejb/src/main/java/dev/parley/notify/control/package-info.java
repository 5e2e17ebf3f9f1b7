/**
 * Read state and badges: the last message each person read in each channel (kept across devices
 * and sessions), and from it the unread and mention counts per channel and server.
 */
package dev.parley.notify.control;
