package dev.parley.platform.boundary;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A length of time in words, "5 minutes" or "5 минут": a count of one unit in the count's plural form
 * ({@code i18n/durations}). The settings pages offer such lengths for slow mode, time-outs and invites.
 */
public final class Durations {

    public static final String BUNDLE = "i18n.durations";

    private static final Map<ChronoUnit, String> KEYS = Map.of(ChronoUnit.SECONDS, "seconds", ChronoUnit.MINUTES,
            "minutes", ChronoUnit.HOURS, "hours", ChronoUnit.DAYS, "days", ChronoUnit.WEEKS, "weeks");

    private Durations() {
    }

    /** {@code count} of {@code unit} in the page's language. */
    public static String of(long count, ChronoUnit unit) {
        Locale locale = UiTexts.locale();
        return of(UiTexts.bundle(BUNDLE, locale), locale, count, unit);
    }

    /** The same in a given language and bundle. */
    public static String of(ResourceBundle bundle, Locale locale, long count, ChronoUnit unit) {
        String key = KEYS.get(unit);
        if (key == null) {
            throw new IllegalArgumentException("no words for " + unit);
        }
        return UiTexts.plural(bundle, locale, key, count);
    }
}
