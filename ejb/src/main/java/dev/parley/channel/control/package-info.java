/**
 * The channels of a server within what the reader may see: listing, creating, changing, deleting
 * and reordering them (with their audit rows and {@code channel:*} events), and threads.
 */
package dev.parley.channel.control;
