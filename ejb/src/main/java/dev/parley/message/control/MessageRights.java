package dev.parley.message.control;

/**
 * What a reader may do to other people's messages in one channel, so that a page shows only the
 * controls that person can use: delete anyone's message ({@code manageMessages}), pin and unpin
 * ({@code pin}: with MANAGE_MESSAGES, or anyone in a direct conversation), start a thread from a message
 * ({@code startThread}: in a server's text channel, with SEND_MESSAGES). Editing and deleting one's
 * own messages need no flag. The services decide again on every request; this only spares a person
 * buttons that would be refused.
 */
public record MessageRights(boolean manageMessages, boolean pin, boolean startThread) {

    /** For a channel the reader cannot see. */
    public static final MessageRights NONE = new MessageRights(false, false, false);
}
