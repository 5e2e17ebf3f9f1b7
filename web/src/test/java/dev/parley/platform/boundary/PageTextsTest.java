package dev.parley.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Every word a page shows comes from a resource bundle (English and Russian), never from the markup:
 * text between tags and the attributes people read (titles, placeholders, labels, messages) hold
 * only expressions ({@code #{t['key']}}), punctuation and the names in {@link #NAMES}.
 */
class PageTextsTest {

    private static final Path PAGES = Path.of("src/main/webapp");

    /** Names that are the same in every language. */
    private static final Set<String> NAMES = Set.of("Parley", "GitHub", "Google", "AutoMod", "OpenAPI", "SSO", "ID",
            "URL", "IP", "Markdown", "SCIM", "Discord");

    /** Attributes whose value a person reads (on any element). */
    private static final Set<String> READ = Set.of("title", "placeholder", "aria-label", "aria-description",
            "aria-roledescription", "alt", "label", "header", "footer", "requiredMessage", "validatorMessage",
            "converterMessage", "emptyMessage", "itemLabel", "noSelectionLabel", "summary", "caption", "message",
            "promptLabel", "weakLabel", "goodLabel", "strongLabel", "emptyLabel", "buttonLabel", "chooseLabel",
            "data-text", "data-label", "data-empty");

    /** Elements whose {@code value} is a text shown, not a bound value or a URL. */
    private static final Set<String> VALUE_SHOWN = Set.of("commandButton", "button", "commandLink", "linkButton",
            "outputLabel", "outputText", "menuitem", "submenu", "tooltip", "splitButton", "selectBooleanCheckbox",
            "watermark", "staticMessage", "tag");

    /** Pages whose words are not in bundles yet; each is removed from here when its bundle is made. */
    private static final Set<String> PENDING = Set.of();

    private static final Pattern EXPRESSION = Pattern.compile("[#$]\\{[^}]*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void everyPageTakesItsWordsFromBundles() throws Exception {
        List<String> found = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(PAGES)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
        assertThat(pages).as("the pages are found").hasSizeGreaterThan(10);
        for (Path page : pages) {
            String name = PAGES.relativize(page).toString();
            if (!PENDING.contains(name)) {
                found.addAll(wordsIn(page, name));
            }
        }
        assertThat(found).as("words written in the markup instead of a bundle").isEmpty();
    }

    @Test
    void theCheckFindsAWordInTextAndInAReadAttribute() throws Exception {
        Path page = Files.createTempFile("page", ".xhtml");
        try {
            Files.writeString(page, "<div xmlns:p=\"primefaces\"><h2>Members</h2><p:commandButton value=\"#{t['save']}\""
                    + " title=\"Save it\"/><span>#{t['x']} · 3</span><p:outputLink value=\"https://parley.dev\"/>"
                    + "<script>var words = 'not checked';</script><p>Parley</p></div>");
            assertThat(wordsIn(page, "page.xhtml")).containsExactly("page.xhtml:1 text \"Members\"",
                    "page.xhtml:1 title=\"Save it\"");
        } finally {
            Files.delete(page);
        }
    }

    private static List<String> wordsIn(Path page, String name) throws Exception {
        List<String> found = new ArrayList<>();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.newSAXParser().parse(page.toFile(), new DefaultHandler() {
            private Locator locator;
            private final StringBuilder text = new StringBuilder();
            private int script;

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
            }

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
                flush();
                if (local.equals("script") || local.equals("style") || local.equals("outputScript")) {
                    script++;
                }
                for (int i = 0; i < attributes.getLength(); i++) {
                    String attribute = attributes.getQName(i);
                    boolean read = READ.contains(attribute) || attribute.startsWith("data-text")
                            || (attribute.equals("value") && VALUE_SHOWN.contains(local));
                    if (read && hasWords(attributes.getValue(i))) {
                        found.add(name + ":" + locator.getLineNumber() + " " + attribute + "=\"" + attributes.getValue(i)
                                + "\"");
                    }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                flush();
                if (local.equals("script") || local.equals("style") || local.equals("outputScript")) {
                    script--;
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }

            private void flush() {
                String value = text.toString().strip();
                text.setLength(0);
                if (script == 0 && hasWords(value)) {
                    found.add(name + ":" + locator.getLineNumber() + " text \"" + value.replaceAll("\\s+", " ") + "\"");
                }
            }
        });
        return found;
    }

    static boolean hasWords(String value) {
        String rest = EXPRESSION.matcher(value).replaceAll(" ");
        for (String word : rest.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && LETTER.matcher(word).find() && !NAMES.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
