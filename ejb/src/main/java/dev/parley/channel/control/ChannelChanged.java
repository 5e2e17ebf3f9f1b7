package dev.parley.channel.control;

/**
 * A channel was created, changed or deleted; told after the commit: a creation or a change to those
 * who may view the channel, a deletion to every member of its server.
 */
public record ChannelChanged(String name, ChannelView channel) {

    public static final String CREATE = "channel:create";
    public static final String UPDATE = "channel:update";
    public static final String DELETE = "channel:delete";
}
