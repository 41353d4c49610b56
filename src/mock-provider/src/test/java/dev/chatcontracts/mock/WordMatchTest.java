package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The folded pre-filter of search words never changes what the regex alone answers. */
class WordMatchTest {

    /** Letters whose case folding is unusual (Kelvin sign, long s, dotted/dotless i, final sigma, Deseret, ...). */
    private static final List<String> PIECES = List.of("a", "A", "k", "K", "\u212A", "s", "S", "\u017F", "\u00DF",
            "\u1E9E", "i", "I", "\u0130", "\u0131", "\u03A3", "\u03C3", "\u03C2", "\u00E9", "\u00C9", "\uD801\uDC00",
            "\uD801\uDC28", "\uD835\uDC00", "1", "\u0661", " ", "-", ".", "@", "*", "\"", "\\E", "\uD801", "\uDC28",
            "\u01C5", "\u01C4", "\u01C6", "\u10D0", "\u1C90");

    /** ASCII only, where the pre-filter answers without the regex. */
    private static final List<String> ASCII_PIECES = List.of("a", "A", "b", "B", "ab", "AB", "z", "0", "9", " ", "-",
            "_", ".", "@", "*", "\"", "'", "\\", "\\E", "\\Q", "[", "$", "~");

    @Test
    void caseFoldingOnThisJdkIsSoundForThePreFilter() {
        assertThat(CaseFold.isSound()).isTrue();
        assertThat(CaseFold.fold("Zebra\u212Aelvin \u0130I")).isEqualTo("zebrakelvin ii");
    }

    @Test
    void theDocumentedExamplesAnswerAsTheirPatterns() {
        assertThat(matches("tom", "Tom Baker")).isTrue();
        assertThat(matches("tom", "Tommy")).isFalse();
        assertThat(matches("tom*", "Tommy")).isTrue();
        assertThat(matches("john doe", "JOHN DOE")).isTrue();
        assertThat(matches("kelvin", "\u212Aelvin scale")).isTrue();
        assertThat(matches("zebrafish", "zebrafishes and a Zebrafish")).isTrue();
        assertThat(matches("zebrafish", "zebrafishes")).isFalse();
    }

    @Test
    void randomWordsAndTextsAnswerAsTheRegexAlone() {
        assertAnswersAsTheRegex(PIECES, new Random(42));
    }

    @Test
    void randomAsciiWordsAndTextsAnswerAsTheRegexAlone() {
        assertAnswersAsTheRegex(ASCII_PIECES, new Random(7));
        assertThat(matches("", "")).isTrue();
        assertThat(matches("", "a - b")).isTrue();
        assertThat(matches("", "ab")).isFalse();
    }

    private static void assertAnswersAsTheRegex(List<String> pieces, Random random) {
        int positives = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = random(pieces, random, random.nextInt(12));
            String word = random.nextInt(3) == 0 || text.isEmpty() ? random(pieces, random, random.nextInt(4))
                    : recased(random, slice(random, text));
            if (random.nextInt(4) == 0) {
                word += "*";
            }
            boolean expected = ChatSearchQuery.wordPattern(word).matcher(text).find();
            assertThat(matches(word, text)).as("word '%s' in '%s'", word, text).isEqualTo(expected);
            positives += expected ? 1 : 0;
        }
        assertThat(positives).as("matching cases exercised").isGreaterThan(2_000);
    }

    private static boolean matches(String word, String text) {
        Predicate<ChatDocument.SearchText> test = new ChatSearchQuery.WordMatch(word).newTest();
        return test.test(ChatDocument.SearchText.of(text));
    }

    private static String random(List<String> pieces, Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pieces.get(random.nextInt(pieces.size())));
        }
        return text.toString();
    }

    private static String slice(Random random, String text) {
        int from = random.nextInt(text.length());
        return text.substring(from, from + 1 + random.nextInt(text.length() - from));
    }

    private static String recased(Random random, String text) {
        return switch (random.nextInt(3)) {
            case 0 -> text.toUpperCase(java.util.Locale.ROOT);
            case 1 -> text.toLowerCase(java.util.Locale.ROOT);
            default -> text;
        };
    }
}
