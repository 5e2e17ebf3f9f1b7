package dev.parley.message.boundary;

import dev.parley.platform.control.Html;
import dev.parley.identity.control.UserView;
import dev.parley.message.control.MessageView;
import dev.parley.platform.boundary.Initials;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A message as the chat page shows it, {@code <li class="message" data-message-id="…">…</li>}:
 * the one rendering used by a full page load, the push of a new message and the composer's
 * answer, so a message looks the same however it arrived. Its content is formatted by
 * {@link MessageMarkdown} (parsed, then sanitized by an allow-list) from the stored text, once per
 * message version while {@link RenderedContents} keeps it; every other value that comes from a
 * user is HTML-escaped here. Nothing else writes a message into a page.
 *
 * <p>The same item goes to every reader, whatever their language, so it holds no words: what would be
 * one ("Deleted user", "(edited)", "Original message deleted", a time) is an empty or
 * language-neutral element the page's script fills in the reader's language (parley.js, from
 * i18n/chat-script*.properties).
 */
public final class MessageHtml {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final RenderedContents CONTENTS = new RenderedContents(MessageMarkdown::html,
            RenderedContents.MAX_CHARS, RenderedContents.MAX_ENTRIES);

    private MessageHtml() {
    }

    /** The list item of one message; its time shows in UTC until the page's script localizes it. */
    public static String item(MessageView message) {
        UserView author = message.author();
        // an author deleted since has no name here: the page's script writes "Deleted user" into the empty element
        String name = author != null ? name(author) : "automod".equals(message.type()) ? "AutoMod" : null;
        String content = CONTENTS.of(message);
        StringBuilder html = new StringBuilder(320 + content.length());
        html.append("<li class=\"message\" data-message-id=\"").append(escape(String.valueOf(message.id())))
                .append('"');
        itemAttributes(html, message);
        html.append("><div class=\"avatar\" aria-hidden=\"true\">")
                .append(escape(Initials.of(author == null ? "?" : name)))
                .append("</div><div class=\"message-body\">");
        if (message.reply() != null) {
            reply(html, String.valueOf(message.replyTo()), message.reply());
        }
        html.append("<div class=\"message-meta\">");
        author(html, "message-author", name);
        if (message.createdAt() != null) {
            html.append("<time class=\"message-time\" datetime=\"").append(message.createdAt()).append("\">")
                    .append(TIME.format(message.createdAt())).append("</time>");
        }
        html.append("</div><div class=\"message-content\">").append(content).append("</div>");
        if (message.editedAt() != null) {
            html.append("<span class=\"message-edited\" data-edited-at=\"").append(message.editedAt()).append("\"></span>");
        }
        reactions(html, message.reactions());
        return html.append("</div></li>").toString();
    }

    /**
     * The reaction chips under a message: each emoji with its count, pressed when the reader reacted with it. Only a
     * view read for one reader has them (a page load); a pushed one leaves them out and the page keeps its own.
     */
    static void reactions(StringBuilder html, List<MessageView.ReactionCount> reactions) {
        if (reactions == null || reactions.isEmpty()) {
            return;
        }
        html.append("<div class=\"reactions\">");
        for (MessageView.ReactionCount reaction : reactions) {
            String emoji = escape(reaction.emoji());
            html.append("<button type=\"button\" class=\"reaction").append(reaction.me() ? " mine" : "")
                    .append("\" data-emoji=\"").append(emoji).append("\" aria-pressed=\"").append(reaction.me())
                    .append("\"><span class=\"reaction-emoji\">").append(emoji)
                    .append("</span><span class=\"reaction-count\">").append(reaction.count()).append("</span></button>");
        }
        html.append("</div>");
    }

    /**
     * Whose the message is, whether it is pinned and whom it mentions, as ids ({@code data-author-id},
     * {@code data-pinned}, {@code data-mentions}, {@code data-mention-roles}, {@code data-mention-everyone}):
     * the same item goes to every reader, and each page's script tells from them how to group it, which
     * actions its reader may take and whether it mentions its reader.
     */
    private static void itemAttributes(StringBuilder html, MessageView message) {
        if (message.author() != null) {
            html.append(" data-author-id=\"").append(escape(String.valueOf(message.author().id()))).append('"');
        }
        if (message.pinned()) {
            html.append(" data-pinned=\"true\"");
        }
        if (message.mentions() != null && !message.mentions().isEmpty()) {
            html.append(" data-mentions=\"").append(escape(ids(message.mentions()))).append('"');
        }
        if (message.mentionRoles() != null && !message.mentionRoles().isEmpty()) {
            html.append(" data-mention-roles=\"").append(escape(ids(message.mentionRoles()))).append('"');
        }
        if (message.mentionEveryone()) {
            html.append(" data-mention-everyone=\"true\"");
        }
    }

    /** Ids separated by spaces. */
    static String ids(java.util.List<java.util.UUID> ids) {
        StringBuilder out = new StringBuilder(ids.size() * 37);
        for (java.util.UUID id : ids) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(id);
        }
        return out.toString();
    }

    /** The quote above a reply: the original's author and first line, or (said by the page's script) that it was deleted. */
    private static void reply(StringBuilder html, String replyTo, MessageView.ReplyQuote quote) {
        html.append("<div class=\"message-reply").append(quote.deleted() ? " deleted" : "")
                .append("\" data-reply-to=\"").append(escape(replyTo)).append("\">");
        if (quote.deleted()) {
            html.append("</div>");
            return;
        }
        author(html, "reply-author", quote.author() == null ? null : name(quote.author()));
        html.append(" <span class=\"reply-excerpt\">").append(escape(quote.excerpt())).append("</span></div>");
    }

    /** An author's name, or for a deleted user an empty element marked {@code deleted-user} that the page names. */
    private static void author(StringBuilder html, String className, String name) {
        html.append("<span class=\"").append(className);
        if (name == null) {
            html.append(" deleted-user\"></span>");
        } else {
            html.append("\">").append(escape(name)).append("</span>");
        }
    }

    private static String name(UserView author) {
        return author.displayName() == null || author.displayName().isBlank() ? author.username()
                : author.displayName();
    }

    /** Text or an attribute value as HTML ({@link Html#escape}). */
    static String escape(String text) {
        return Html.escape(text);
    }
}
