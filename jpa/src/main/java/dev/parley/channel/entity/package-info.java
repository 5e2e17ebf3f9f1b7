/** Text, voice and category channels of a server, as stored in {@code channels}. */
package dev.parley.channel.entity;
