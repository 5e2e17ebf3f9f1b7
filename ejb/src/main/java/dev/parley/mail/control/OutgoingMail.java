package dev.parley.mail.control;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A mail to send once the transaction that asked for it commits (fire it as a CDI event): to one address,
 * from the template {@code template} (files {@code mail/<template>.<language>.txt} and {@code .html}) in
 * {@code locale}, with these values for its {@code {{placeholders}}}. The values are text; the HTML part
 * escapes them.
 */
public record OutgoingMail(String to, String template, Locale locale, Map<String, String> values) {

    public OutgoingMail {
        Objects.requireNonNull(to);
        Objects.requireNonNull(template);
        locale = locale == null ? Locale.ENGLISH : locale;
        values = Map.copyOf(values);
    }

    /** Never the values: they hold links that open accounts. */
    @Override
    public String toString() {
        return "OutgoingMail[" + template + ", " + locale.getLanguage() + "]";
    }
}
