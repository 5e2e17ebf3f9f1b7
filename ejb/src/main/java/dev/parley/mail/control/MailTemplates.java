package dev.parley.mail.control;

import dev.parley.platform.control.Html;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a mail from its two templates on the class path: {@code mail/<name>.<language>.txt}, whose first
 * line is {@code Subject: ...} and whose rest after a blank line is the text part, and
 * {@code mail/<name>.<language>.html}, the HTML part. {@code {{key}}} stands for a value, in one pass (a value
 * that contains braces stays as it is); in the HTML part every value is HTML-escaped, since values are
 * what people typed (their names) or links.
 */
public class MailTemplates {

    /** What a mail says: its subject, its text part and its HTML part. */
    public record Rendered(String subject, String text, String html) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");
    private static final String SUBJECT = "Subject:";

    private final Map<String, String> files = new ConcurrentHashMap<>();

    public Rendered render(String template, Locale locale, Map<String, String> values) {
        String language = locale.getLanguage();
        String text = file(template + "." + language + ".txt");
        int end = text.indexOf('\n');
        if (!text.startsWith(SUBJECT) || end < 0) {
            throw new IllegalStateException("mail/" + template + "." + language + ".txt must begin with a Subject: line");
        }
        String subject = fill(text.substring(SUBJECT.length(), end).strip(), values, false)
                .replaceAll("[\\r\\n]+", " ");
        String body = text.substring(end + 1).replaceFirst("^\\r?\\n", "");
        return new Rendered(subject, fill(body, values, false), fill(file(template + "." + language + ".html"), values, true));
    }

    static String fill(String template, Map<String, String> values, boolean html) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(html ? Html.escape(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String file(String name) {
        return files.computeIfAbsent(name, MailTemplates::read);
    }

    private static String read(String name) {
        try (InputStream in = MailTemplates.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no mail template mail/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
