package dev.chatcontracts.contracts.captures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Utf8CharsTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("ascii", "{\"a\": [1, 2.5, true, null]}"),
                Arguments.of("two-byte", "caf\u00e9 \u00ff\u0100\u07ff"),
                Arguments.of("three-byte", "\u0800\u20ac\uffff\ufffd"),
                Arguments.of("surrogate pair", "a\ud83d\ude00b"),
                Arguments.of("lone high surrogate", "a\ud83db"),
                Arguments.of("lone low surrogate", "a\ude00b"),
                Arguments.of("high surrogate last", "ab\ud83d"),
                Arguments.of("two high surrogates then a low", "\ud83d\ud83d\ude00"),
                Arguments.of("low then high", "\ude00\ud83d"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void encodesAsStringGetBytes(String name, String text) {
        char[] padded = ("<<" + text + ">>").toCharArray();

        assertThat(Utf8Chars.encode(padded, 2, text.length())).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void randomCharactersEncodeAsStringGetBytes() {
        Random random = new Random(20261203);
        char[] alphabet = {'a', '"', '\u00e9', '\u07ff', '\u0800', '\u20ac', '\ud83d', '\ude00', '\udbff', '\udc00', '\uffff'};
        for (int run = 0; run < 10_000; run++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(chars);

            assertThat(Utf8Chars.encode(chars, 0, chars.length)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
