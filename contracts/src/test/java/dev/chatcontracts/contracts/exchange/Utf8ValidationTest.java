package dev.chatcontracts.contracts.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The in-place UTF-8 check answers as the JDK's decoder does (the path bodies that are not in memory take):
 * the same offset of the first ill-formed sequence, or none.
 */
class Utf8ValidationTest {

    record Case(String name, byte[] bytes, long expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> edges() {
        return Stream.of(
                new Case("empty", new byte[0], -1),
                new Case("ascii, longer than a word", ascii("{\"a\":\"0123456789abcdef\"}"), -1),
                new Case("two, three and four bytes", "é € 😀 ü".getBytes(StandardCharsets.UTF_8), -1),
                new Case("overlong slash C0 AF", hex("7b22c0af227d"), 2),
                new Case("overlong three-byte E0 80 80", hex("41e08080"), 1),
                new Case("surrogate ED A0 80", hex("4141eda080"), 2),
                new Case("above U+10FFFF F4 90 80 80", hex("f4908080"), 0),
                new Case("F5 lead", hex("41414141414141f5"), 7),
                new Case("lone continuation after a word of ascii", hex("414141414141414180"), 8),
                new Case("lone continuation at the last byte of a 32-byte block", hex("41".repeat(31) + "80" + "41".repeat(8)), 31),
                new Case("lone continuation just after a 32-byte block", hex("41".repeat(32) + "80"), 32),
                new Case("F5 lead after a block and a word of ascii", hex("41".repeat(40) + "f5" + "41".repeat(40)), 40),
                new Case("valid four bytes across a block edge", hex("41".repeat(30) + "f09f9880" + "41".repeat(40)), -1),
                new Case("truncated at the end", hex("4141e282"), 2),
                new Case("bad continuation", hex("e228a1"), 0),
                new Case("FF", hex("ff"), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edges")
    void findsTheFirstIllFormedSequence(Case edge) {
        assertThat(Utf8Validation.firstInvalid(edge.bytes())).isEqualTo(edge.expected());
        assertThat(BodyParser.firstInvalidUtf8ByteDecoded(Body.wrap(edge.bytes()))).isEqualTo(edge.expected());
    }

    @Test
    void agreesWithTheDecoderOnSeededMutations() {
        Random random = new Random(20261202L);
        byte[] text = "{\"msg\":\"héllo wörld € 😀 ok\",\"n\":[1,2,3],\"ü\":\"ascii ascii ascii ascii\"}"
                .getBytes(StandardCharsets.UTF_8);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            byte[] mutated = text.clone();
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            int cut = random.nextInt(4) == 0 ? random.nextInt(mutated.length + 1) : mutated.length;
            inputs.add(java.util.Arrays.copyOf(mutated, cut));
        }
        for (int i = 0; i < 2_000; i++) {
            byte[] noise = new byte[random.nextInt(24)];
            random.nextBytes(noise);
            inputs.add(noise);
        }
        for (byte[] input : inputs) {
            assertThat(Utf8Validation.firstInvalid(input)).as(HexFormat.of().formatHex(input))
                    .isEqualTo(BodyParser.firstInvalidUtf8ByteDecoded(Body.wrap(input)));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
