/** Listing, creating and reading the channels of a server, within what the reader may see. */
package dev.parley.channel.control;
