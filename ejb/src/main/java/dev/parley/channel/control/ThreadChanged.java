package dev.parley.channel.control;

/** A thread was started ({@code thread:create}) or renamed ({@code thread:update}); told to its parent's viewers after the commit. */
public record ThreadChanged(String name, ThreadView thread) {

    public static final String CREATE = "thread:create";
    public static final String UPDATE = "thread:update";
}
