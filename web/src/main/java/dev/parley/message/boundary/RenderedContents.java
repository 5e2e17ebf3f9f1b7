package dev.parley.message.boundary;

import dev.parley.message.control.MessageView;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Message contents rendered by {@link MessageMarkdown}, kept per message version (id and
 * {@code editedAt}: an edit is a new version), so that a page load does not parse and sanitize
 * again what it showed before. Bounded by the characters it holds and by its entries, the least
 * recently used leaving first; a message rendered again after that is merely rendered again.
 */
final class RenderedContents {

    /** ~8 MB of Java strings at most: thousands of typical messages, ~500 of the longest. */
    static final long MAX_CHARS = 4_000_000;
    static final int MAX_ENTRIES = 20_000;

    private record Version(UUID id, Instant editedAt) {
    }

    private final LinkedHashMap<Version, String> byVersion = new LinkedHashMap<>(256, 0.75f, true);
    private final Function<String, String> render;
    private final long maxChars;
    private final int maxEntries;
    private long chars;

    RenderedContents(Function<String, String> render, long maxChars, int maxEntries) {
        this.render = render;
        this.maxChars = maxChars;
        this.maxEntries = maxEntries;
    }

    /** The message's content as HTML, rendered at most once per version while it is kept. */
    String of(MessageView message) {
        if (message.id() == null) {
            return render.apply(message.content());
        }
        Version version = new Version(message.id(), message.editedAt());
        synchronized (this) {
            String kept = byVersion.get(version);
            if (kept != null) {
                return kept;
            }
        }
        // rendered outside the lock: two pages asking at once may both render, and both get the same
        String html = render.apply(message.content());
        synchronized (this) {
            String previous = byVersion.put(version, html);
            chars += html.length() - (previous == null ? 0 : previous.length());
            Iterator<Map.Entry<Version, String>> eldest = byVersion.entrySet().iterator();
            while ((chars > maxChars || byVersion.size() > maxEntries) && eldest.hasNext()) {
                chars -= eldest.next().getValue().length();
                eldest.remove();
            }
        }
        return html;
    }

    synchronized int size() {
        return byVersion.size();
    }
}
