package dev.parley.platform.boundary;

import java.util.Locale;

/**
 * Which plural form a count takes in a language (the CLDR categories {@code one}, {@code few},
 * {@code many}, {@code other}) for the languages the UI speaks: English has one/other, Russian
 * one (1, 21, 101…), few (2–4, 22–24…) and many (0, 5–20, 25…). The page's script asks the
 * browser's {@code Intl.PluralRules} the same question, so both sides pick the same key.
 */
public final class Plurals {

    private Plurals() {
    }

    public static String category(Locale locale, long count) {
        long n = Math.abs(count);
        if ("ru".equals(locale.getLanguage())) {
            long ten = n % 10;
            long hundred = n % 100;
            if (ten == 1 && hundred != 11) {
                return "one";
            }
            if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) {
                return "few";
            }
            return "many";
        }
        return n == 1 ? "one" : "other";
    }
}
