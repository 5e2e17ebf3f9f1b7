package dev.parley.message.boundary;

import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.Nodes;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;

/**
 * What Discord's markdown means where CommonMark means something else, as commonmark-java
 * extensions: {@code __underline__} (CommonMark: bold), {@code ||spoiler||} (CommonMark: text) and
 * a literal {@code &} (CommonMark decodes {@code &amp;}; a chat shows what was typed).
 */
final class DiscordSyntax {

    private DiscordSyntax() {
    }

    /** {@code __text__}. */
    static final class Underline extends CustomNode {
    }

    /** {@code ||text||}: hidden until the reader reveals it. */
    static final class Spoiler extends CustomNode {
    }

    /**
     * Runs of two or more {@code _}: underline when both sides have two, else CommonMark's
     * emphasis with one (the parser hands runs of one to its own processor).
     */
    static final class UnderlineDelimiters implements DelimiterProcessor {

        @Override
        public char getOpeningCharacter() {
            return '_';
        }

        @Override
        public char getClosingCharacter() {
            return '_';
        }

        @Override
        public int getMinLength() {
            return 2;
        }

        @Override
        public int process(DelimiterRun opening, DelimiterRun closing) {
            // CommonMark's "multiple of 3" rule, as its own emphasis processor applies it
            if ((opening.canClose() || closing.canOpen()) && closing.originalLength() % 3 != 0
                    && (opening.originalLength() + closing.originalLength()) % 3 == 0) {
                return 0;
            }
            if (opening.length() >= 2 && closing.length() >= 2) {
                return wrap(opening, closing, 2, new Underline());
            }
            return wrap(opening, closing, 1, new Emphasis("_"));
        }
    }

    /** {@code ||text||}: exactly two on each side make a spoiler. */
    static final class SpoilerDelimiters implements DelimiterProcessor {

        @Override
        public char getOpeningCharacter() {
            return '|';
        }

        @Override
        public char getClosingCharacter() {
            return '|';
        }

        @Override
        public int getMinLength() {
            return 2;
        }

        @Override
        public int process(DelimiterRun opening, DelimiterRun closing) {
            return opening.length() >= 2 && closing.length() >= 2 ? wrap(opening, closing, 2, new Spoiler()) : 0;
        }
    }

    /** Moves what lies between the delimiters into {@code node}, as commonmark's own processors do. */
    private static int wrap(DelimiterRun opening, DelimiterRun closing, int used, Node node) {
        SourceSpans spans = SourceSpans.empty();
        spans.addAllFrom(opening.getOpeners(used));
        Text opener = opening.getOpener();
        for (Node inside : Nodes.between(opener, closing.getCloser())) {
            node.appendChild(inside);
            spans.addAll(inside.getSourceSpans());
        }
        spans.addAllFrom(closing.getClosers(used));
        node.setSourceSpans(spans.getSourceSpans());
        opener.insertAfter(node);
        return used;
    }

    /** Takes every {@code &} as itself, before CommonMark's entity parser could decode {@code &lt;} and its kin. */
    static final class LiteralAmpersands implements InlineContentParserFactory {

        private static final InlineContentParser PARSER = state -> {
            state.scanner().next();
            return ParsedInline.of(new Text("&"), state.scanner().position());
        };

        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('&');
        }

        @Override
        public InlineContentParser create() {
            return PARSER;
        }
    }
}
