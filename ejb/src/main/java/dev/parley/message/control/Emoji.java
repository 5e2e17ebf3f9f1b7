package dev.parley.message.control;

/**
 * Whether a text is exactly one Unicode emoji, as a reaction must be: one emoji character, or one
 * sequence that shows as one (a skin tone, a ZWJ family, a flag, a keycap, a subdivision flag).
 * A deliberately small grammar of Unicode's emoji sequences (UTS #51), not the whole emoji list:
 * it lets through what a picker or a keyboard sends and refuses text, markup and several emoji.
 */
public final class Emoji {

    /** More code points than any emoji sequence has (the longest ZWJ sequences have about ten). */
    static final int MAX_CODE_POINTS = 32;

    private static final int ZWJ = 0x200D;
    private static final int VS16 = 0xFE0F;
    private static final int VS15 = 0xFE0E;
    private static final int KEYCAP = 0x20E3;
    private static final int TAG_END = 0xE007F;

    private Emoji() {
    }

    public static boolean isSingle(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        int[] cps = text.codePoints().toArray();
        if (cps.length > MAX_CODE_POINTS) {
            return false;
        }
        int at = element(cps, 0);
        while (at > 0 && at < cps.length && cps[at] == ZWJ) {
            at = element(cps, at + 1);
        }
        return at == cps.length;
    }

    /** Reads one emoji element from {@code at}; answers where it ends, or -1 if there is none. */
    private static int element(int[] cps, int at) {
        if (at >= cps.length) {
            return -1;
        }
        int cp = cps[at];
        if (isRegionalIndicator(cp)) {
            return at + 1 < cps.length && isRegionalIndicator(cps[at + 1]) ? at + 2 : -1;
        }
        if ((cp >= '0' && cp <= '9') || cp == '#' || cp == '*') {
            int next = at + 1;
            if (next < cps.length && cps[next] == VS16) {
                next++;
            }
            return next < cps.length && cps[next] == KEYCAP ? next + 1 : -1;
        }
        if (!isBase(cp)) {
            return -1;
        }
        int next = at + 1;
        if (next < cps.length && (cps[next] == VS16 || cps[next] == VS15)) {
            next++;
        }
        if (next < cps.length && isSkinTone(cps[next])) {
            next++;
            if (next < cps.length && cps[next] == VS16) {
                next++;
            }
        }
        int tags = next;
        while (next < cps.length && cps[next] >= 0xE0020 && cps[next] <= 0xE007E) {
            next++;
        }
        if (next > tags) {
            return next < cps.length && cps[next] == TAG_END ? next + 1 : -1;
        }
        return next;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isSkinTone(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    /** Code points that are emoji by themselves (or with U+FE0F): the emoji blocks and the few elsewhere. */
    private static boolean isBase(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF && !isRegionalIndicator(cp))
                || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2300 && cp <= 0x23FF)
                || (cp >= 0x2B00 && cp <= 0x2BFF)
                || (cp >= 0x2190 && cp <= 0x21FF)
                || (cp >= 0x25A0 && cp <= 0x25FF)
                || (cp >= 0x2900 && cp <= 0x297F)
                || cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122
                || cp == 0x2139 || cp == 0x24C2 || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
    }
}
