package dev.chatcontracts.mock;

/**
 * The case folding that {@link java.util.regex.Pattern} applies with {@code CASE_INSENSITIVE | UNICODE_CASE}:
 * a code point {@code c} folds to {@code Character.toLowerCase(Character.toUpperCase(c))}. A literal in such
 * a pattern compares the folded pattern character with the text character and with its fold, one character at
 * a time.
 *
 * <p>Search uses it to pre-filter: each chat keeps its texts folded (once, when the chat is stored), and a
 * text can match a word pattern only where the folded text contains the folded literal, at the same index.
 * That holds when folding is idempotent, keeps every code point's {@code char} count (so indexes line up)
 * and maps no other character to a surrogate, which {@link #isSound()} checks once, over every code point,
 * against the running JDK's Unicode tables. The pre-filter only skips texts the pattern cannot match; the
 * regex decides the others, unless text and word are both ASCII ({@link ChatSearchQuery.WordMatch}).
 */
final class CaseFold {

    private CaseFold() {
    }

    static int fold(int codePoint) {
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    /** Every code point folded; as long as {@code text} (see {@link #isSound()}). */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            folded.appendCodePoint(fold(codePoint));
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    /**
     * Whether the folded form of {@code literal} can pre-filter texts for a pattern quoting it: the JDK's
     * folding is {@linkplain #isSound() sound} and the literal has no surrogate (the pattern would then compare
     * code points rather than characters).
     */
    static boolean canPrefilter(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (Character.isSurrogate(literal.charAt(i))) {
                return false;
            }
        }
        return isSound();
    }

    /** Whether folding is idempotent and keeps char counts and surrogates, for every code point (checked once). */
    static boolean isSound() {
        return Soundness.SOUND;
    }

    static boolean checkEveryCodePoint() {
        for (int codePoint = Character.MIN_CODE_POINT; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            int folded = fold(codePoint);
            boolean surrogate = codePoint <= Character.MAX_VALUE && Character.isSurrogate((char) codePoint);
            boolean foldedSurrogate = folded <= Character.MAX_VALUE && Character.isSurrogate((char) folded);
            if (fold(folded) != folded || Character.charCount(folded) != Character.charCount(codePoint)
                    || surrogate != foldedSurrogate) {
                return false;
            }
        }
        return true;
    }

    /** Lazily, on the first search: about 10 ms. */
    private static final class Soundness {
        static final boolean SOUND = checkEveryCodePoint();
    }
}
