package dev.parley.mail.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Parley writes mail in, and which one a mail takes: the user's own choice
 * ({@code users.locale}), else the language of the request that caused the mail (its {@code Accept-Language}),
 * else English.
 */
public final class MailLocales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, RUSSIAN);

    private MailLocales() {
    }

    /**
     * @param userLocale the account's setting, such as {@code ru} or {@code ru-RU}; null when none
     * @param requested the language the request asked for (null when it named none)
     */
    public static Locale choose(String userLocale, Locale requested) {
        return supported(userLocale == null ? null : Locale.forLanguageTag(userLocale.replace('_', '-')))
                .or(() -> supported(requested)).orElse(ENGLISH);
    }

    /** The best supported language of an {@code Accept-Language} header; null when it names none of them (or is bad). */
    public static Locale ofAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return null;
        }
        try {
            return Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static Optional<Locale> supported(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst();
    }
}
