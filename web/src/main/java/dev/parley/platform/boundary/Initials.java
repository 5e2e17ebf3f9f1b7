package dev.parley.platform.boundary;

import java.util.Locale;

/** One or two letters standing for a server or a person where there is no picture. */
public final class Initials {

    private Initials() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        StringBuilder letters = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (letters.codePointCount(0, letters.length()) < 2 && !word.isEmpty()) {
                letters.appendCodePoint(word.codePointAt(0));
            }
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }
}
