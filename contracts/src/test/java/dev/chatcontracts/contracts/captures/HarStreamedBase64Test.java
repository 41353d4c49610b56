package dev.chatcontracts.contracts.captures;

import static dev.chatcontracts.contracts.captures.HarStreamedEntries.STREAMED;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.HELD;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.assertSameEntries;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.content;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.exchange;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.har;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.postData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Base64 bodies read streaming ({@link HarStreamedEntryReader}) are decoded, or refused, as the tree mapper does. */
class HarStreamedBase64Test {

    @TempDir
    Path dir;

    @Test
    void base64WithEscapedSlashesAndLineBreaksIsDecoded() throws IOException {
        byte[] bytes = new byte[3_000];
        new Random(7).nextBytes(bytes);
        String mime = Base64.getMimeEncoder().encodeToString(bytes); // lines of 76 characters, CRLF
        assertThat(mime).contains("/").contains("\r\n");
        String text = mime.replace("/", "\\/").replace("\r", "\\r").replace("\n", "\\n");
        Path har = Files.writeString(dir.resolve("b64.har"), har(List.of(
                content("\"encoding\": \"base64\", \"text\": \"" + text + "\""),
                postData("\"encoding\": \"base64\", \"text\": \"" + text + "\""))));

        List<CaptureEntry> streamed = assertSameEntries(har, HELD, STREAMED, 2);

        assertThat(exchange(streamed.get(0)).responseBody().toByteArray()).isEqualTo(bytes);
        assertThat(exchange(streamed.get(1)).requestBody().toByteArray()).isEqualTo(bytes);
    }

    @Test
    void base64ThatIsNotValidGivesWhatTheTreeMapperGives() throws IOException {
        Path har = Files.writeString(dir.resolve("bad64.har"), har(List.of(
                content("\"encoding\": \"base64\", \"text\": \"aGVsbG8=x\""),
                postData("\"encoding\": \"base64\", \"text\": \"aGVsbG8=x\""))));

        List<CaptureEntry> streamed = assertSameEntries(har, HELD, STREAMED, 2);

        CaptureEntry.Unreadable response = (CaptureEntry.Unreadable) streamed.get(0);
        assertThat(response.key()).isEqualTo("capture.unreadable");
        assertThat(response.message().text()).isEqualTo(har + "#/log/entries/0: response.content.text is not valid base64");
        assertThat(response.method()).isEqualTo("GET");
        assertThat(exchange(streamed.get(1)).requestBody().toText()).isEqualTo("aGVsbG8=x");
    }

    /** Random texts of base64 characters, padding, line breaks, escapes and other characters, valid or not. */
    @Test
    void base64IsAcceptedExactlyWhenTheDecoderAcceptsIt() throws IOException {
        String[] pieces = {"A", "Q", "z", "9", "+", "/", "\\/", "=", "\\n", "\\r\\n", " ", "*", "é", "€", "😀", "\\u0041", "\\u003d"};
        Random random = new Random(42);
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            entries.add(content("\"encoding\": \"base64\", \"text\": \"" + text + "\""));
            entries.add(postData("\"encoding\": \"base64\", \"text\": \"" + text + "\""));
        }
        Path har = Files.writeString(dir.resolve("fuzz.har"), har(entries));

        List<CaptureEntry> streamed = assertSameEntries(har, HELD, STREAMED, entries.size());

        assertThat(streamed).filteredOn(e -> e instanceof CaptureEntry.Unreadable).hasSizeBetween(100, 1_400);
    }

    /** Texts, with a backslash and n for a line break. */
    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "\\n", "Q", "=", "é", "QQ", "QQ=", "QQ==", "QQ=\\n=", "QQ==\\nQ", "QQ===", "QUJD", "QUJDRA", "QUJDR", "Q===",
        "QUJDRA==\\n", "QUJ=", "QU J\\nD", "****", "😀"})
    void theBase64CheckAgreesWithTheDecoder(String escaped) throws IOException {
        String text = escaped.replace("\\n", "\n");
        boolean decodes;
        try {
            Base64.getMimeDecoder().decode(text);
            decodes = true;
        } catch (IllegalArgumentException e) {
            decodes = false;
        }

        assertThat(MimeBase64.isValid(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(decodes);
    }
}
