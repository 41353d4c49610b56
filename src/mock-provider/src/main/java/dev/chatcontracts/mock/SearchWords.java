package dev.chatcontracts.mock;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a text is indexed under, and the words a searched literal needs, with the same idea of a word as
 * {@link ChatSearchQuery#wordPattern}: a run of letters and numbers ({@code \p{L}}, {@code \p{N}}), compared
 * in its {@linkplain CaseFold case fold}.
 *
 * <p>A word pattern compares folds character by character, and its look-arounds test the text's own
 * characters. So a match lines up with whole indexed words only where each character is a letter or number
 * exactly when its fold is: a text or a literal with a character for which that is not so (the combining
 * ypogegrammeni, U+0345, folds to a Greek iota) cannot be answered from words, and is kept aside.
 */
final class SearchWords {

    private SearchWords() {
    }

    /**
     * The folded words of a text, or {@code null} when the index cannot answer for it (see above).
     *
     * @param text the stored text and its fold
     */
    static List<String> of(ChatDocument.SearchText text) {
        String original = text.text();
        String folded = text.folded();
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < original.length(); ) {
            int codePoint = original.codePointAt(i);
            boolean wordCharacter = isWordCharacter(codePoint);
            if (wordCharacter != isWordCharacter(CaseFold.fold(codePoint))) {
                return null;
            }
            if (wordCharacter && start < 0) {
                start = i;
            } else if (!wordCharacter && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }

    /**
     * What a searched literal needs, or {@code null} when the index cannot answer for it.
     *
     * @param whole  the folded words any match holds whole
     * @param prefix the folded start of a word any match holds ({@code null} unless the last word is a prefix)
     */
    record Needed(List<String> whole, String prefix) {
    }

    /**
     * The words a match of the literal must hold: each word of the literal is whole in the text, except the last
     * of a prefix search ({@code choc*}), which only starts a word.
     *
     * @param searched the searched text, as in the query
     */
    static Needed needed(String searched) {
        boolean prefix = searched.endsWith("*") && searched.length() > 1;
        String literal = prefix ? searched.substring(0, searched.length() - 1) : searched;
        if (!CaseFold.canPrefilter(literal)) {
            return null;
        }
        List<String> words = of(ChatDocument.SearchText.of(literal));
        if (words == null || words.isEmpty()) {
            return null;
        }
        boolean lastIsPrefix = prefix && isWordCharacter(literal.codePointBefore(literal.length()));
        if (!lastIsPrefix) {
            return new Needed(words, null);
        }
        return new Needed(words.subList(0, words.size() - 1), words.get(words.size() - 1));
    }

    /** {@code \p{L}} or {@code \p{N}}, as the word pattern's look-arounds. */
    static boolean isWordCharacter(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
