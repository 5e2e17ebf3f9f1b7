package dev.parley.guild.control;

/** A server's settings or owner changed; its members get {@code server:update} after the commit. */
public record ServerChanged(ServerView server) {
}
