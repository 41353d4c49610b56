package dev.chatcontracts.contracts.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The characters XML 1.0 does not allow become U+FFFD; a text without any is given back as it is. */
class XmlTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                arguments("plain ASCII", "GET /api/v2/chats/1", "GET /api/v2/chats/1"),
                arguments("tab, line feed and carriage return", "a\tb\nc\rd", "a\tb\nc\rd"),
                arguments("a surrogate pair", "smile \uD83D\uDE00 done", "smile \uD83D\uDE00 done"),
                arguments("the last allowed character", "\uFFFD", "\uFFFD"),
                arguments("a control character after legal text", "chat\u0001id", "chat\uFFFDid"),
                arguments("NUL first", "\u0000abc", "\uFFFDabc"),
                arguments("a lone high surrogate at the end", "abc\uD83D", "abc\uFFFD"),
                arguments("a high surrogate before a letter", "a\uD83Db", "a\uFFFDb"),
                arguments("a lone low surrogate", "a\uDE00b", "a\uFFFDb"),
                arguments("two high surrogates, then a low one", "\uD83D\uD83D\uDE00", "\uFFFD\uD83D\uDE00"),
                arguments("an illegal character after a pair", "\uD83D\uDE00\u0002", "\uD83D\uDE00\uFFFD"),
                arguments("U+FFFE and U+FFFF", "x\uFFFEy\uFFFF", "x\uFFFDy\uFFFD"),
                arguments("empty", "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void replacesWhatXmlDoesNotAllow(String name, String text, String expected) {
        assertThat(Xml.legal(text)).isEqualTo(expected);
    }

    @Test
    void aLegalTextIsGivenBackAsItIs() {
        String label = "showChat GET /api/v2/chats/1 \uD83D\uDE00";

        assertThat(Xml.legal(label)).isSameAs(label);
        assertThat(Xml.legal(null)).isEmpty();
    }

    @Test
    void agreesWithACharacterByCharacterReadingOnGeneratedTexts() {
        SplittableRandom random = new SplittableRandom(42);
        char[] alphabet = {'a', ' ', '\t', '\n', '\r', '\u0000', '\u001F', '\uD7FF', '\uD83D', '\uDE00', '\uE000', '\uFFFD',
                '\uFFFE', '\uFFFF', 'é'};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(Xml.legal(text.toString())).as("text %s", text.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(byCodePoint(text.toString()));
        }
    }

    /** What XML 1.0 allows, code point by code point: a lone surrogate is its own code point and is replaced. */
    private static String byCodePoint(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000 && c <= 0x10FFFF;
            out.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return out.toString();
    }
}
