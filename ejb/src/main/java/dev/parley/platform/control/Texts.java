package dev.parley.platform.control;

import java.util.Optional;

/**
 * What every text a person or program sends must be, whichever way it comes in (REST, gateway,
 * Faces): no NUL characters (PostgreSQL cannot store them), no unpaired UTF-16 surrogates (they would
 * be stored as '?'), and, where a value is required, something visible: text made only of spaces,
 * zero-width or other invisible characters is blank. {@link Inputs#check} applies it to every
 * String component of a service's input record.
 */
public final class Texts {

    public static final String NUL = "must not contain NUL characters";
    public static final String UNPAIRED_SURROGATE = "must be valid Unicode text";
    public static final String BLANK = "must not be blank";

    private Texts() {
    }

    /** What is wrong with this text whatever the field, if anything: NUL or broken UTF-16. */
    public static Optional<String> problemOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of(NUL);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(UNPAIRED_SURROGATE);
            }
        }
        return Optional.empty();
    }

    /**
     * True for null, empty, and text of nothing a reader would see: whitespace and Unicode spaces
     * (NBSP U+00A0, U+2007, U+202F, ...), line and paragraph separators, format characters (zero-width
     * space U+200B, joiners U+200C/U+200D, word joiner U+2060, BOM U+FEFF, bidi marks, soft hyphen),
     * control characters and the Hangul fillers that render as nothing.
     */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(Texts::invisible);
    }

    private static boolean invisible(int cp) {
        if (Character.isWhitespace(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.FORMAT, Character.CONTROL -> true;
            default -> cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x180E;
        };
    }
}
