package dev.parley.message.control;

import dev.parley.identity.control.UserView;
import dev.parley.message.entity.Message;
import java.util.List;

/** Turns a stored message into its view. */
final class MessageViews {

    private MessageViews() {
    }

    static MessageView of(Message m, UserView author, MessageView.ReplyQuote quote, Mentions mentions) {
        return new MessageView(m.getId(), m.getChannelId(), author, m.getContent(), m.getMessageType(), m.isPinned(),
                m.getNonce(), m.getCreatedAt().toInstant(), m.getEditedAt() == null ? null : m.getEditedAt().toInstant(),
                m.getReplyTo(), m.getReplyTo() == null ? null : quote == null ? MessageView.ReplyQuote.DELETED : quote,
                List.of(), // a message just written has no reactions yet
                mentions.users(), mentions.roles(), mentions.everyone());
    }
}
