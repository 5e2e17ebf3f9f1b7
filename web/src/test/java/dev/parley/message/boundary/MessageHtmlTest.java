package dev.parley.message.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.identity.control.UserView;
import dev.parley.message.control.MessageView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageHtmlTest {

    private static final UUID ID = UUID.fromString("0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    private static final Instant AT = Instant.parse("2025-10-07T09:05:30.123Z");

    /** A message of its own id: the rendered content is kept per id and editedAt (one version each). */
    private static MessageView message(UserView author, String content) {
        return new MessageView(UUID.randomUUID(), UUID.randomUUID(), author, content, "default", false, null, AT, null);
    }

    @Test
    void aMessageIsTheListItemThePageShows() {
        UserView ada = new UserView(UUID.randomUUID(), "ada", "Ada Lovelace", null);
        MessageView hello = new MessageView(ID, UUID.randomUUID(), ada, "Hello\nthere", "default", false, null, AT, null);
        assertThat(MessageHtml.item(hello)).isEqualTo(
                "<li class=\"message\" data-message-id=\"" + ID + "\" data-author-id=\"" + ada.id()
                + "\"><div class=\"avatar\" aria-hidden=\"true\">AL</div>"
                + "<div class=\"message-body\"><div class=\"message-meta\"><span class=\"message-author\">Ada Lovelace"
                + "</span><time class=\"message-time\" datetime=\"2025-10-07T09:05:30.123Z\">09:05</time></div>"
                + "<div class=\"message-content\"><p>Hello<br />there</p></div></div></li>");
    }

    @Test
    void theItemSaysWhomItMentionsByIdForEachReadersPageToTell() {
        UserView ada = new UserView(UUID.randomUUID(), "ada", null, null);
        UUID ben = UUID.randomUUID();
        UUID cat = UUID.randomUUID();
        UUID mods = UUID.randomUUID();
        UUID id = UUID.randomUUID(); // its own: rendered contents are kept per message id
        MessageView mentioning = new MessageView(id, UUID.randomUUID(), ada, "@ben @cat @mods @everyone", "default", false,
                null, AT, null, null, null, java.util.List.of(), java.util.List.of(ben, cat), java.util.List.of(mods), true);
        assertThat(MessageHtml.item(mentioning)).startsWith("<li class=\"message\" data-message-id=\"" + id
                + "\" data-author-id=\"" + ada.id() + "\" data-mentions=\"" + ben + " " + cat + "\" data-mention-roles=\""
                + mods + "\" data-mention-everyone=\"true\"><div class=\"avatar\"");
        assertThat(MessageHtml.item(message(null, "@nobody"))).startsWith("<li class=\"message\" data-message-id=\"")
                .doesNotContain("data-author-id").doesNotContain("data-mention");
    }

    @Test
    void everythingAUserTypedIsEscapedOrSanitized() {
        UserView mallory = new UserView(UUID.randomUUID(), "mallory", "<b onclick='x'>M\"</b>", null);
        String html = MessageHtml.item(message(mallory, "<img src=x onerror=\"alert(1)\"> & <script>alert('2')</script>"));
        assertThat(html).contains("<span class=\"message-author\">&lt;b onclick=&#39;x&#39;&gt;M&quot;&lt;/b&gt;</span>")
                .contains("<div class=\"message-content\"><p>&lt;img src&#61;x onerror&#61;&#34;alert(1)&#34;&gt; &amp; "
                        + "&lt;script&gt;alert(&#39;2&#39;)&lt;/script&gt;</p></div>")
                .contains("<div class=\"avatar\" aria-hidden=\"true\">&lt;O</div>")
                .doesNotContain("<img").doesNotContain("<script").doesNotContain("<b ");
    }

    @Test
    void aDeletedAuthorAndAMissingDisplayNameStillRead() {
        // no words in an item every reader gets: the page's script names a deleted user in the reader's language
        assertThat(MessageHtml.item(message(null, "hi"))).contains("<span class=\"message-author deleted-user\"></span>")
                .contains("aria-hidden=\"true\">?</div>").doesNotContain("data-author-id").doesNotContain("Deleted user");
        UserView noName = new UserView(UUID.randomUUID(), "bob", null, null);
        assertThat(MessageHtml.item(message(noName, "hi"))).contains("<span class=\"message-author\">bob</span>")
                .contains("data-author-id=\"" + noName.id() + "\"");
    }

    @Test
    void aReplyQuotesItsOriginalAndAnEditedMessageSaysSo() {
        UserView ada = new UserView(UUID.randomUUID(), "ada", "Ada <3", null);
        UUID original = UUID.randomUUID();
        MessageView reply = new MessageView(UUID.randomUUID(), UUID.randomUUID(), ada, "yes", "text", false, null, AT,
                Instant.parse("2025-10-07T10:00:00Z"), original, new MessageView.ReplyQuote(ada, "lunch <at> noon?", false),
                java.util.List.of());
        assertThat(MessageHtml.item(reply))
                .contains("<div class=\"message-reply\" data-reply-to=\"" + original + "\"><span class=\"reply-author\">"
                        + "Ada &lt;3</span> <span class=\"reply-excerpt\">lunch &lt;at&gt; noon?</span></div>")
                .contains("<span class=\"message-edited\" data-edited-at=\"2025-10-07T10:00:00Z\"></span>")
                .doesNotContain("(edited)");
        MessageView toDeleted = new MessageView(UUID.randomUUID(), UUID.randomUUID(), ada, "yes", "text", false, null, AT, null, original,
                MessageView.ReplyQuote.DELETED, java.util.List.of());
        assertThat(MessageHtml.item(toDeleted))
                .contains("<div class=\"message-reply deleted\" data-reply-to=\"" + original + "\"></div>")
                .doesNotContain("message-edited");
        MessageView toGoneAuthor = new MessageView(UUID.randomUUID(), UUID.randomUUID(), ada, "yes", "text", false, null, AT, null,
                original, new MessageView.ReplyQuote(null, "hi", false), java.util.List.of());
        assertThat(MessageHtml.item(toGoneAuthor)).contains("<span class=\"reply-author deleted-user\"></span> "
                + "<span class=\"reply-excerpt\">hi</span>");
    }

    @Test
    void theContentIsFormattedAsMarkdownWhileNamesStayText() {
        UserView bold = new UserView(UUID.randomUUID(), "bold", "**Bold** name", null);
        String html = MessageHtml.item(message(bold, "**hi** ||secret|| [docs](javascript:alert(1))"));
        assertThat(html).contains("<span class=\"message-author\">**Bold** name</span>")
                .contains("<div class=\"message-content\"><p><strong>hi</strong> <span class=\"spoiler\"")
                .contains("docs</p></div>").doesNotContain("javascript");
    }

    @Test
    void anEditedMessageIsRenderedAgainAnUnchangedOneIsNot() {
        MessageView first = message(null, "*first*");
        String once = MessageHtml.item(first);
        assertThat(MessageHtml.item(first)).isEqualTo(once).contains("<em>first</em>");
        MessageView edited = new MessageView(first.id(), first.channelId(), null, "**edited**", "default", false, null, AT,
                AT.plusSeconds(60));
        assertThat(MessageHtml.item(edited)).contains("<strong>edited</strong>").doesNotContain("first");
    }

    @Test
    void reactionChipsShowEachEmojiWithItsCountAndWhetherTheReaderReacted() {
        UserView ada = new UserView(UUID.randomUUID(), "ada", null, null);
        UUID id = UUID.randomUUID();
        MessageView liked = new MessageView(id, UUID.randomUUID(), ada, "nice", "default", true, null, AT, null, null,
                null, List.of(new MessageView.ReactionCount("\uD83D\uDC4D", 3, true),
                        new MessageView.ReactionCount("\u2764\uFE0F", 1, false)));
        String html = MessageHtml.item(liked);
        assertThat(html).startsWith("<li class=\"message\" data-message-id=\"" + id + "\" data-author-id=\"" + ada.id()
                        + "\" data-pinned=\"true\">")
                .endsWith("<div class=\"reactions\">"
                        + "<button type=\"button\" class=\"reaction mine\" data-emoji=\"\uD83D\uDC4D\" aria-pressed=\"true\">"
                        + "<span class=\"reaction-emoji\">\uD83D\uDC4D</span><span class=\"reaction-count\">3</span></button>"
                        + "<button type=\"button\" class=\"reaction\" data-emoji=\"\u2764\uFE0F\" aria-pressed=\"false\">"
                        + "<span class=\"reaction-emoji\">\u2764\uFE0F</span><span class=\"reaction-count\">1</span></button>"
                        + "</div></div></li>");
    }

    @Test
    void aReactionIsEscapedInTheAttributeAndTheText() {
        // the service admits only single emoji; should anything else get through, it stays text
        MessageView odd = new MessageView(UUID.randomUUID(), UUID.randomUUID(), null, "x", "default", false, null, AT, null, null, null,
                List.of(new MessageView.ReactionCount("\"><img src=x onerror='a'>&", 1, false)));
        String html = MessageHtml.item(odd);
        assertThat(html).contains("data-emoji=\"&quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt;&amp;\"")
                .contains("<span class=\"reaction-emoji\">&quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt;&amp;</span>")
                .doesNotContain("<img").doesNotContain("data-author-id");
    }

    @Test
    void aMessageWithoutReactionsOrWhoseReactionsAreUnknownHasNoChips() {
        UserView ada = new UserView(UUID.randomUUID(), "ada", null, null);
        MessageView pushed = new MessageView(UUID.randomUUID(), UUID.randomUUID(), ada, "edited", "default", false, null,
                AT, AT, null, null, null);
        MessageView fresh = new MessageView(UUID.randomUUID(), UUID.randomUUID(), ada, "new", "default", false, null,
                AT, null, null, null, List.of());
        assertThat(MessageHtml.item(pushed)).doesNotContain("reactions").doesNotContain("data-pinned");
        assertThat(MessageHtml.item(fresh)).doesNotContain("reactions");
    }

    @Test
    void anAutoModAlertHasNoAuthorAndSaysItIsAutoMod() {
        MessageView alert = new MessageView(UUID.randomUUID(), UUID.randomUUID(), null, "AutoMod flagged a message",
                "automod", false, null, AT, null);
        assertThat(MessageHtml.item(alert)).contains("<span class=\"message-author\">AutoMod</span>")
                .doesNotContain("deleted-user");
        MessageView orphan = new MessageView(UUID.randomUUID(), UUID.randomUUID(), null, "hi", "default", false, null, AT, null);
        assertThat(MessageHtml.item(orphan)).contains("<span class=\"message-author deleted-user\"></span>");
    }
}
