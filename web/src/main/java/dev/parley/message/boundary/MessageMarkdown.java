package dev.parley.message.boundary;

import dev.parley.message.boundary.DiscordSyntax.Spoiler;
import dev.parley.message.boundary.DiscordSyntax.Underline;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A message's content as HTML, formatted as Discord formats it: {@code **bold**}, {@code *italics*}
 * or {@code _italics_}, {@code __underline__}, {@code ~~strike~~}, {@code `code`}, fenced code
 * blocks (their language as {@code class="language-…"}, which the page's highlight.js colours),
 * {@code > quotes} (one line each, as in Discord, not CommonMark's lazy continuation),
 * {@code ||spoilers||}, lists, {@code [links](https://…)} and bare http(s) URLs and email
 * addresses. A single newline is a line break. Raw HTML and entities show as typed.
 *
 * <p>commonmark-java parses; this class writes only the elements below; then the OWASP sanitizer
 * lets through only those same elements and attributes, so a bug here still cannot put a script,
 * an event handler or a {@code javascript:} URL into a page. A link goes only to http, https or
 * mailto, opens in a new tab without referrer, and shows where it goes: its URL as its title and,
 * when its text says something else, the host after the text. An image is never loaded: it
 * becomes such a link.
 */
public final class MessageMarkdown {

    private static final Parser PARSER = Parser.builder()
            // headings, rules, indented code and HTML blocks are not chat: they stay text
            .enabledBlockTypes(Set.of(FencedCodeBlock.class, BlockQuote.class, ListBlock.class))
            .extensions(List.of(StrikethroughExtension.builder().requireTwoTildes(true).build(),
                    AutolinkExtension.builder().linkTypes(AutolinkType.URL, AutolinkType.EMAIL).build()))
            .customDelimiterProcessor(new DiscordSyntax.UnderlineDelimiters())
            .customDelimiterProcessor(new DiscordSyntax.SpoilerDelimiters())
            .customInlineContentParserFactory(new DiscordSyntax.LiteralAmpersands())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private static final Pattern LANGUAGE = Pattern.compile("[a-z0-9_+#.-]{1,32}");
    private static final Set<String> WEB = Set.of("http", "https");
    /** scheme, user info, host, the rest (port, path, query, fragment) */
    private static final Pattern WEB_AUTHORITY = Pattern.compile("(?is)(https?://)([^/?#@]*@)?([^/?#:]*)(.*)");

    private static final PolicyFactory ALLOWED = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "u", "s", "code", "pre", "blockquote", "ul", "ol", "li",
                    "span", "a")
            .allowAttributes("class").matching(Pattern.compile("language-" + LANGUAGE.pattern())).onElements("code")
            .allowAttributes("class").matching(Pattern.compile("spoiler|spoiler-text|link-host")).onElements("span")
            .allowAttributes("role").matching(Pattern.compile("button")).onElements("span")
            .allowAttributes("tabindex").matching(Pattern.compile("0")).onElements("span")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("target").matching(Pattern.compile("_blank")).onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    private MessageMarkdown() {
    }

    /** The content as sanitized HTML, for inside a {@code <div class="message-content">}; "" for none. */
    public static String html(String content) {
        if (content == null || content.isBlank()) {
            return "";
        }
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = text.split("\n", -1);
        Node document = PARSER.parse(text);
        BitSet inserted = new BitSet();
        List<Integer> lazy = lazyQuoteLines(document, lines);
        if (!lazy.isEmpty()) {
            // a blank line before each ends the quote there; it is not the author's, so it shows no gap
            List<String> split = new ArrayList<>(lines.length + lazy.size());
            for (int i = 0, next = 0; i < lines.length; i++) {
                if (next < lazy.size() && lazy.get(next) == i) {
                    inserted.set(split.size());
                    split.add("");
                    next++;
                }
                split.add(lines[i]);
            }
            lines = split.toArray(String[]::new);
            document = PARSER.parse(String.join("\n", split));
        }
        Writer writer = new Writer(lines, inserted);
        document.accept(writer);
        return sanitized(writer.out.toString());
    }

    /** The allow-list alone: what {@link #html} writes passes it unchanged, anything else does not. */
    static String sanitized(String html) {
        return ALLOWED.sanitize(html);
    }

    /**
     * The lines that CommonMark joins to a quote's paragraph though they lack the quote's {@code >}
     * (its "lazy continuation"), where they start to lack it, in order.
     */
    private static List<Integer> lazyQuoteLines(Node document, String[] lines) {
        List<Integer> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                int depth = 0;
                for (Node up = paragraph.getParent(); up != null; up = up.getParent()) {
                    if (up instanceof BlockQuote) {
                        depth++;
                    }
                }
                int previous = -1;
                for (SourceSpan span : paragraph.getSourceSpans()) {
                    String line = lines[span.getLineIndex()];
                    int markers = 0;
                    for (int i = 0; i < Math.min(span.getColumnIndex(), line.length()); i++) {
                        if (line.charAt(i) == '>') {
                            markers++;
                        }
                    }
                    // fewer markers than the quotes it is in, and fewer than the line before: a quote ends here
                    if (previous >= 0 && markers < depth && markers < previous) {
                        found.add(span.getLineIndex());
                    }
                    previous = markers;
                }
            }
        });
        found.sort(null);
        return found;
    }

    /**
     * Where a link may go, and what the reader is shown of it: its host (in ASCII, which
     * {@code international} says differs from how the author wrote it) or address.
     */
    private record Target(String href, String where, boolean international) {
    }

    /** Only absolute http(s) URLs with a host and mailto addresses; anything else is no link. */
    private static Optional<Target> target(String destination) {
        if (destination == null || destination.isBlank()) {
            return Optional.empty();
        }
        String ascii = asciiHost(destination.strip());
        boolean international = !ascii.equals(destination.strip());
        String href = percentEncoded(ascii);
        try {
            URI uri = new URI(href);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (WEB.contains(scheme) && uri.getHost() != null && !uri.getHost().isEmpty()) {
                return Optional.of(new Target(href, uri.getHost().toLowerCase(Locale.ROOT), international));
            }
            if (scheme.equals("mailto") && uri.getSchemeSpecificPart() != null) {
                String address = uri.getSchemeSpecificPart().split("\\?", 2)[0];
                if (!address.isBlank()) {
                    return Optional.of(new Target(href, address, false));
                }
            }
        } catch (URISyntaxException notAUrl) {
            // shown as text
        }
        return Optional.empty();
    }

    /**
     * An internationalized host in its ASCII form ({@code bücher.de} → {@code xn--bcher-kva.de}),
     * which is also what the reader is shown, so a look-alike letter cannot pass for another.
     */
    private static String asciiHost(String url) {
        Matcher web = WEB_AUTHORITY.matcher(url);
        if (!web.matches() || web.group(3).chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        try {
            String userInfo = web.group(2) == null ? "" : web.group(2);
            return web.group(1) + userInfo + IDN.toASCII(web.group(3)) + web.group(4);
        } catch (IllegalArgumentException notAHost) {
            return url;
        }
    }

    /** UTF-8 percent-encoding of what may not stand in a URL, keeping what already is encoded. */
    private static String percentEncoded(String url) {
        StringBuilder out = new StringBuilder(url.length() + 16);
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]);
            if (escape || b < 0x80 && (Character.isLetterOrDigit(b) || "-._~:/?#@!$&'()*+,;=".indexOf(b) >= 0)) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean hex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    /**
     * Writes the tree as HTML with no whitespace between elements (the content is shown with
     * {@code white-space: pre-wrap}): blocks as elements, blank lines typed between blocks as
     * {@code <br>}, every text escaped.
     */
    private static final class Writer extends AbstractVisitor {

        private final StringBuilder out = new StringBuilder(256);
        private final String[] lines;
        private final BitSet inserted;
        private int inLink;

        Writer(String[] lines, BitSet inserted) {
            this.lines = lines;
            this.inserted = inserted;
        }

        @Override
        public void visit(Document document) {
            blocks(document);
        }

        @Override
        public void visit(Paragraph paragraph) {
            out.append("<p>");
            visitChildren(paragraph);
            out.append("</p>");
        }

        @Override
        public void visit(BlockQuote quote) {
            out.append("<blockquote>");
            blocks(quote);
            out.append("</blockquote>");
        }

        @Override
        public void visit(BulletList list) {
            out.append("<ul>");
            visitChildren(list);
            out.append("</ul>");
        }

        @Override
        public void visit(OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            out.append(start == null || start == 1 ? "<ol>" : "<ol start=\"" + start + "\">");
            visitChildren(list);
            out.append("</ol>");
        }

        @Override
        public void visit(ListItem item) {
            out.append("<li>");
            blocks(item);
            out.append("</li>");
        }

        @Override
        public void visit(FencedCodeBlock code) {
            String info = code.getInfo() == null ? "" : code.getInfo().strip().split("\\s+", 2)[0]
                    .toLowerCase(Locale.ROOT);
            out.append(LANGUAGE.matcher(info).matches() ? "<pre><code class=\"language-" + info + "\">" : "<pre><code>");
            String literal = code.getLiteral() == null ? "" : code.getLiteral();
            text(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
            out.append("</code></pre>");
        }

        @Override
        public void visit(LinkReferenceDefinition definition) {
            // "[x]: url" on a line of its own would otherwise vanish; show what was typed
            out.append("<p>");
            for (SourceSpan span : definition.getSourceSpans()) {
                String line = lines[span.getLineIndex()];
                int from = Math.min(span.getColumnIndex(), line.length());
                if (out.charAt(out.length() - 1) != '>') {
                    out.append("<br>");
                }
                text(line.substring(from, Math.min(from + span.getLength(), line.length())));
            }
            out.append("</p>");
        }

        @Override
        public void visit(Text text) {
            text(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append("<code>");
            text(code.getLiteral());
            out.append("</code>");
        }

        @Override
        public void visit(HtmlInline html) {
            text(html.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            out.append("<br>");
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            out.append("<br>");
        }

        @Override
        public void visit(Emphasis emphasis) {
            wrapped("em", emphasis);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            wrapped("strong", strong);
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof Underline) {
                wrapped("u", node);
            } else if (node instanceof Strikethrough) {
                wrapped("s", node);
            } else if (node instanceof Spoiler) {
                // the page's script reveals it (parley.js) and names it in the reader's language (the same content
                // goes to every reader); until then the text takes its place unseen
                out.append("<span class=\"spoiler\" role=\"button\" tabindex=\"0\">"
                        + "<span class=\"spoiler-text\">");
                visitChildren(node);
                out.append("</span></span>");
            } else {
                visitChildren(node);
            }
        }

        @Override
        public void visit(Link link) {
            link(link, link.getDestination());
        }

        @Override
        public void visit(Image image) {
            // never loaded from elsewhere: a link to it, its description as the text
            link(image, image.getDestination());
        }

        private void link(Node link, String destination) {
            Optional<Target> target = inLink > 0 ? Optional.empty() : target(destination);
            String shown = plainText(link).strip();
            if (target.isEmpty()) {
                visitChildren(link);
                return;
            }
            String href = target.get().href();
            out.append("<a href=\"");
            text(href);
            out.append("\" title=\"");
            text(href);
            out.append("\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">");
            inLink++;
            if (shown.isEmpty()) {
                text(destination);
            } else {
                visitChildren(link);
            }
            inLink--;
            if (!shown.isEmpty() && (target.get().international() || !saysWhere(shown, destination, target.get().where()))) {
                out.append("<span class=\"link-host\"> (");
                text(target.get().where());
                out.append(")</span>");
            }
            out.append("</a>");
        }

        /** True when the link's text is its URL, or its host or address: nothing to add. */
        private static boolean saysWhere(String shown, String destination, String where) {
            String text = withoutTrailingSlash(shown);
            String url = withoutTrailingSlash(destination.strip());
            String bare = url.replaceFirst("^(?i)(https?://|mailto:)", "");
            return text.equalsIgnoreCase(url) || text.equalsIgnoreCase(bare) || text.equalsIgnoreCase(where);
        }

        private static String withoutTrailingSlash(String s) {
            return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        }

        private static String plainText(Node node) {
            StringBuilder text = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text t) {
                    text.append(t.getLiteral());
                }

                @Override
                public void visit(Code c) {
                    text.append(c.getLiteral());
                }
            });
            return text.toString();
        }

        private void wrapped(String element, Node node) {
            out.append('<').append(element).append('>');
            visitChildren(node);
            out.append("</").append(element).append('>');
        }

        /** A container's blocks, with a {@code <br>} for each blank line the author left between two. */
        private void blocks(Node parent) {
            Node previous = null;
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                if (previous != null) {
                    for (int line = lastLine(previous) + 1; line < firstLine(child); line++) {
                        if (!inserted.get(line)) {
                            out.append("<br>");
                        }
                    }
                }
                child.accept(this);
                previous = child;
            }
        }

        private static int firstLine(Node block) {
            for (Node n = block; n != null; n = n.getFirstChild()) {
                if (!n.getSourceSpans().isEmpty()) {
                    return n.getSourceSpans().get(0).getLineIndex();
                }
            }
            return 0;
        }

        /** The last line of the block's innermost last leaf (a container's own span may take in blank lines). */
        private static int lastLine(Node block) {
            Node leaf = block;
            while (leaf.getLastChild() instanceof Block inner) {
                leaf = inner;
            }
            List<SourceSpan> spans = leaf.getSourceSpans().isEmpty() ? block.getSourceSpans() : leaf.getSourceSpans();
            return spans.isEmpty() ? firstLine(block) : spans.get(spans.size() - 1).getLineIndex();
        }

        private void text(String text) {
            out.append(MessageHtml.escape(text));
        }
    }
}
