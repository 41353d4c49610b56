package dev.chatcontracts.contracts.captures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link JsonStringInputStream} decodes a JSON string in a file as Jackson does, in chunks of any size. */
class JsonStringInputStreamTest {

    @TempDir
    Path dir;

    static Stream<Arguments> strings() {
        return Stream.of(
                arguments("plain", "\"plain text\"", "plain text"),
                arguments("empty", "\"\"", ""),
                arguments("every short escape", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\b\f\n\r\t"),
                arguments("unicode escapes", "\"\\u0041\\u00e9\\u20AC\\u0000\\u001F\\uFFFF\"", "Aé€\u0000\u001f\uffff"),
                arguments("surrogate pair", "\"\\uD83D\\uDE00\\ud83d\\ude01\"", "😀😁"),
                arguments("multi-byte UTF-8 passed through", "\"é€😀 日本\"", "é€😀 日本"),
                arguments("a lone high surrogate", "\"a\\uD83Db\"", "a\uFFFDb"),
                arguments("a high surrogate before another escape", "\"\\uD83D\\n\"", "\uFFFD\n"),
                arguments("two high surrogates, then a low one", "\"\\uD83D\\uD83D\\uDE00\"", "\uFFFD😀"),
                arguments("a lone low surrogate", "\"\\uDE00x\"", "\uFFFDx"),
                arguments("a high surrogate at the end", "\"\\uD83D\"", "\uFFFD"),
                arguments("content after the closing quote", "\"a\\\"b\", \"c\": \"d\"}", "a\"b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strings")
    void jsonStringsAreDecoded(String name, String literal, String expected) throws IOException {
        Path file = Files.write(dir.resolve("s.json"), ("{\"k\": " + literal).getBytes(StandardCharsets.UTF_8));

        assertThat(readString(file, 6, 8192)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(readString(file, 6, 1)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        if (!expected.contains("\uFFFD")) {
            String jackson = HarFiles.JSON.readTree(literal.replaceFirst(",.*", "")).asText();
            assertThat(readString(file, 6, 3)).isEqualTo(jackson.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Each escape placed at each position across the 64 KB boundary of the stream's buffer. */
    static Stream<Arguments> boundaries() {
        return Stream.of("\\n", "\\\"", "\\u00e9", "\\u20AC", "\\uD83D\\uDE00", "\\uD83Dx", "€", "😀")
                .flatMap(escape -> IntStream.rangeClosed(-1, 13).mapToObj(back -> arguments(escape + " " + back + " bytes before", escape, back)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaries")
    void escapesAcrossTheBufferBoundaryAreDecoded(String name, String escape, int back) throws IOException {
        String filler = "x".repeat(JsonStringInputStream.BUFFER_SIZE - back - 1); // the escape starts `back` bytes before the boundary
        String literal = "\"" + filler + escape + "yz\"";
        Path file = Files.write(dir.resolve("b.json"), ("[1, " + literal + "]").getBytes(StandardCharsets.UTF_8));
        byte[] expected = (filler + (escape.equals("\\uD83Dx") ? "\uFFFDx" : HarFiles.JSON.readTree("\"" + escape + "\"").asText()) + "yz")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(readString(file, 4, 65_536)).isEqualTo(expected);
        assertThat(readString(file, 4, 7)).isEqualTo(expected);
    }

    @Test
    void aLongStringReadInChunksOfAnySizeIsJacksonsString() throws IOException {
        StringBuilder literal = new StringBuilder("\"");
        Random random = new Random(11);
        String[] pieces = {"a", "bc", "\\n", "\\\"", "\\\\", "\\/", "\\u00e9", "\\uD83D\\uDE00", "é", "€", "😀", "\\t", "\\u0000"};
        while (literal.length() < 300_000) {
            literal.append(pieces[random.nextInt(pieces.length)]);
        }
        literal.append('"');
        Path file = Files.write(dir.resolve("long.json"), literal.toString().getBytes(StandardCharsets.UTF_8));
        byte[] expected = HarFiles.JSON.readTree(literal.toString()).asText().getBytes(StandardCharsets.UTF_8);

        for (int chunk : new int[] {1, 2, 3, 5, 4096, 65_535, 65_536, 100_000}) {
            assertThat(readString(file, 0, chunk)).as("chunks of %d", chunk).isEqualTo(expected);
        }
        try (InputStream in = JsonStringInputStream.open(file, 0)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int b; (b = in.read()) >= 0; ) {
                bytes.write(b);
            }
            assertThat(bytes.toByteArray()).isEqualTo(expected);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("unterminated", "\"SECRET", "ends before the string's closing quote"),
                arguments("unterminated after a backslash", "\"SECRET\\", "ends before the string's closing quote"),
                arguments("unterminated in a unicode escape", "\"SECRET\\u00", "ends before the string's closing quote"),
                arguments("unterminated after an escaped quote", "\"SECRET\\\"", "ends before the string's closing quote"),
                arguments("an invalid escape", "\"SECRET\\x\"", "invalid escape at byte 11"),
                arguments("an invalid unicode escape", "\"SECRET\\u12G4\"", "invalid \\u escape at byte 11"),
                arguments("a unicode escape cut by the quote", "\"SECRET\\u12\"", "invalid \\u escape at byte 11"),
                arguments("an invalid low surrogate escape", "\"SECRET\\uD83D\\uDEX0\"", "invalid \\u escape at byte 17"),
                arguments("no string", "SECRET", "no JSON string starts there"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedStringsAreIoExceptionsThatQuoteNothing(String name, String literal, String message) throws IOException {
        Path file = Files.write(dir.resolve("bad.json"), ("[1, " + literal).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> readString(file, 4, 8192)).isInstanceOf(IOException.class)
                .hasMessageContaining(message).hasMessageContaining("the JSON string at byte 4").hasMessageNotContaining("SECRET");
    }

    @Test
    void aStreamOverAChannelLeavesTheChannelOpenAndItsPositionUntouched() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), "{\"a\": \"x\\ty\", \"b\": \"z\"}");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            try (InputStream in = new JsonStringInputStream(channel, 6, file.toString())) {
                assertThat(in.readAllBytes()).isEqualTo("x\ty".getBytes(StandardCharsets.UTF_8));
            }
            try (InputStream in = new JsonStringInputStream(channel, 19, file.toString())) {
                assertThat(in.readAllBytes()).isEqualTo("z".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(channel.isOpen()).isTrue();
            assertThat(channel.position()).isZero();
        }
    }

    private static byte[] readString(Path file, long quoteAt, int chunk) throws IOException {
        try (InputStream in = JsonStringInputStream.open(file, quoteAt)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[chunk];
            for (int read; (read = in.read(buffer, 0, chunk)) >= 0; ) {
                assertThat(read).isPositive();
                bytes.write(buffer, 0, read);
            }
            return bytes.toByteArray();
        }
    }
}
