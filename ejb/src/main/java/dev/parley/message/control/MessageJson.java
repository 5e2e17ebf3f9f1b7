package dev.parley.message.control;

import dev.parley.identity.control.UserView;
import dev.parley.platform.control.JsonText;
import java.util.List;

/**
 * A message view as JSON, written by hand: the same text the shared JSON-B mapping gives
 * (properties in lexicographic order, nulls left out), at a fraction of its cost. A history page
 * is fifty of these, and every post renders one for its event and its ack. MessageJsonTest holds
 * it to JSON-B's output.
 */
public final class MessageJson {

    private MessageJson() {
    }

    public static String of(MessageView message) {
        return append(new StringBuilder(256 + length(message.content())), message).toString();
    }

    /** A JSON array of the views, in the list's order. */
    public static String array(List<MessageView> messages) {
        StringBuilder out = new StringBuilder(2 + messages.size() * 320);
        out.append('[');
        for (int i = 0; i < messages.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            append(out, messages.get(i));
        }
        return out.append(']').toString();
    }

    /** Appends the view's JSON object. */
    public static StringBuilder append(StringBuilder out, MessageView m) {
        out.append('{');
        boolean more = false;
        if (m.author() != null) {
            author(out.append("\"author\":"), m.author());
            more = true;
        }
        more = uuid(out, more, "channelId", m.channelId());
        more = string(out, more, "content", m.content());
        if (m.createdAt() != null) {
            JsonText.instant(comma(out, more).append("\"createdAt\":"), m.createdAt());
            more = true;
        }
        if (m.editedAt() != null) {
            JsonText.instant(comma(out, more).append("\"editedAt\":"), m.editedAt());
            more = true;
        }
        more = uuid(out, more, "id", m.id());
        comma(out, more).append("\"mentionEveryone\":").append(m.mentionEveryone());
        if (m.mentionRoles() != null) {
            uuids(out.append(",\"mentionRoles\":"), m.mentionRoles());
        }
        if (m.mentions() != null) {
            uuids(out.append(",\"mentions\":"), m.mentions());
        }
        more = string(out, true, "nonce", m.nonce());
        comma(out, more).append("\"pinned\":").append(m.pinned());
        if (m.reactions() != null) {
            reactions(out.append(",\"reactions\":"), m.reactions());
        }
        if (m.reply() != null) {
            reply(out.append(",\"reply\":"), m.reply());
        }
        uuid(out, true, "replyTo", m.replyTo());
        string(out, true, "type", m.type());
        return out.append('}');
    }

    private static void uuids(StringBuilder out, List<java.util.UUID> ids) {
        out.append('[');
        for (int i = 0; i < ids.size(); i++) {
            out.append(i > 0 ? ",\"" : "\"").append(ids.get(i)).append('"');
        }
        out.append(']');
    }

    private static void reactions(StringBuilder out, List<MessageView.ReactionCount> reactions) {
        out.append('[');
        for (int i = 0; i < reactions.size(); i++) {
            MessageView.ReactionCount r = reactions.get(i);
            JsonText.string(out.append(i > 0 ? ",{\"count\":" : "{\"count\":").append(r.count()).append(",\"emoji\":"),
                    r.emoji()).append(",\"me\":").append(r.me()).append('}');
        }
        out.append(']');
    }

    private static void reply(StringBuilder out, MessageView.ReplyQuote q) {
        out.append('{');
        if (q.author() != null) {
            author(out.append("\"author\":"), q.author());
            out.append(',');
        }
        out.append("\"deleted\":").append(q.deleted());
        string(out, true, "excerpt", q.excerpt());
        out.append('}');
    }

    private static void author(StringBuilder out, UserView u) {
        out.append('{');
        boolean more = string(out, false, "avatarUrl", u.avatarUrl());
        more = string(out, more, "displayName", u.displayName());
        more = uuid(out, more, "id", u.id());
        string(out, more, "username", u.username());
        out.append('}');
    }

    private static boolean string(StringBuilder out, boolean more, String name, String value) {
        if (value == null) {
            return more;
        }
        JsonText.string(comma(out, more).append('"').append(name).append("\":"), value);
        return true;
    }

    private static boolean uuid(StringBuilder out, boolean more, String name, java.util.UUID value) {
        if (value == null) {
            return more;
        }
        comma(out, more).append('"').append(name).append("\":\"").append(value).append('"');
        return true;
    }

    private static StringBuilder comma(StringBuilder out, boolean more) {
        return more ? out.append(',') : out;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length() + 16;
    }
}
