package dev.parley.platform.control;

/** Text a person typed, made safe to put into HTML: the one escaping every page, push fragment and mail uses. */
public final class Html {

    private Html() {
    }

    /**
     * Text or an attribute value (quoted with either quote) as HTML: {@code & < > " '} as entities; null as
     * empty. Allocates nothing when there is nothing to escape (it runs per message on the fan-out path).
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
