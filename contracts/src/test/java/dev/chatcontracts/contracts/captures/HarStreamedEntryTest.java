package dev.chatcontracts.contracts.captures;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.ZOPIM;
import static dev.chatcontracts.contracts.TestExchanges.keys;
import static dev.chatcontracts.contracts.TestExchanges.resource;
import static dev.chatcontracts.contracts.captures.HarFiles.entry;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.AGENT;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.STREAMED;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.HELD;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.assertSameEntries;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.content;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.deepEntry;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.exchange;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.har;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.keyOf;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.postData;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.read;
import static dev.chatcontracts.contracts.captures.HarStreamedEntries.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.reports.ValidationReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Entries read streaming ({@link HarStreamedEntryReader}, bodies left in the file) are the entries the
 * tree mapper gives.
 */
class HarStreamedEntryTest {

    private static final String CHAT = new String(resource("chat-valid.json"), StandardCharsets.UTF_8);


    @TempDir
    Path dir;

    // ---------------------------------------------------------------- equivalence with the tree mapper

    /** Entries (as JSON text) of the HAR files the capture tests build, and edge cases of the mapping. */
    static Stream<Arguments> entries() {
        return Stream.of(
                // HarCaptureTest
                arguments("three entries, one without a response", List.of(
                        entry("GET", ZENDESK + "/agents/me", null, 200, AGENT).toString(),
                        entry("GET", ZENDESK + "/chats/1410.123.QWERTY", null, 0, null).toString(),
                        entry("GET", ZENDESK + "/chats/1410.123.QWERTY", null, 200, CHAT).toString())),
                arguments("base64 body and mime type", List.of(HarFiles.base64Body(entry("GET", ZOPIM + "/agents/me", null, 200, ""),
                        resource("agent-invalid-enabled-integer.json")).toString())),
                arguments("a session with a request body", List.of(
                        entry("GET", ZENDESK + "/agents/8080234567123", null, 200, AGENT).toString(),
                        entry("PUT", ZENDESK + "/agents/8080234567123", "{\"id\": 8080234567123, \"first_name\": \"K\"}", 200, AGENT)
                                .toString())),
                arguments("unknown operation", List.of(entry("GET", ZENDESK + "/agents/me", null, 200, AGENT).toString(),
                        entry("GET", ZENDESK + "/nowhere", null, 200, "{}").toString())),
                arguments("secrets in the url and headers", List.of(HarFiles.header(
                        entry("GET", ZENDESK + "/nowhere?access_token=tok-SECRET-1", null, 200, "{}"), "request", "Authorization",
                        "Bearer tok-SECRET-2").toString())),
                // BadCaptureInputTest (without its 100 MB body: see tooLargeBodies)
                arguments("a body of a string nested 10,000 deep",
                        List.of(entry("GET", ZENDESK + "/chats/1", null, 200, "[".repeat(10_000) + "]".repeat(10_000)).toString())),
                arguments("an entry nested 10,000 deep", List.of(deepEntry())),
                arguments("a latin-1 body in base64", List.of(HarFiles.base64Body(entry("GET", ZENDESK + "/chats/1", null, 200, ""),
                        resource("chat-invalid-latin1.json")).toString())),
                arguments("a truncated body", List.of(entry("GET", ZENDESK + "/chats/1", null, 200, "{\"id\": \"1\", \"type\": \"chat\"").toString())),
                arguments("another host", List.of(entry("GET", "https://elsewhere.example/analytics.js", null, 200, "x").toString())),
                // the entry itself
                arguments("entries that are not objects", List.of("[1, 2]", "\"entry\"", "null", "42", "{}")),
                arguments("request lines", List.of(
                        "{\"response\": {\"status\": 200}}",
                        "{\"request\": \"GET /\", \"response\": {\"status\": 200}}",
                        "{\"request\": [1], \"response\": {\"status\": 200}}",
                        "{\"request\": {\"method\": null, \"url\": \"https://x.example/\"}, \"response\": {\"status\": 200}}",
                        "{\"request\": {\"method\": \" \", \"url\": \"https://x.example/\"}, \"response\": {\"status\": 200}}",
                        "{\"request\": {\"method\": \"get\", \"url\": 42}, \"response\": {\"status\": 200}}",
                        "{\"request\": {\"method\": {\"a\": 1}, \"url\": \"https://x.example/\"}, \"response\": {\"status\": 200}}",
                        "{\"request\": {\"method\": \"GET\", \"url\": \"https://x.example/\"}, \"response\": {\"status\": 200},"
                                + " \"request\": {\"url\": \"https://y.example/\"}}",
                        "{\"request\": {\"url\": \"https://y.example/\"}, \"response\": {\"status\": 200},"
                                + " \"request\": {\"method\": \"POST\", \"url\": \"https://x.example/p\"}}",
                        "{\"request\": {\"method\": \"GET\", \"method\": \"DELETE\", \"url\": \"https://x.example/\\u00e9?q=\\\"1\\\"\"},"
                                + " \"response\": {\"status\": 204}}")),
                arguments("responses and statuses", List.of(
                        request("\"response\": null"),
                        request("\"response\": \"x\""),
                        request("\"response\": [{\"status\": 200}]"),
                        request("\"response\": {}"),
                        request("\"response\": {\"status\": null}"),
                        request("\"response\": {\"status\": \"200\"}"),
                        request("\"response\": {\"status\": 200.7}"),
                        request("\"response\": {\"status\": 99}"),
                        request("\"response\": {\"status\": 600}"),
                        request("\"response\": {\"status\": {\"code\": 200}}"),
                        request("\"response\": {\"status\": true}"),
                        request("\"response\": {\"status\": 404, \"status\": 0}"),
                        request("\"response\": {\"status\": 0, \"status\": 404}"))),
                arguments("headers", List.of(
                        request("\"response\": {\"status\": 200, \"headers\": [{\"name\": \"X-B\", \"value\": \"2\"},"
                                + " {\"name\": \"X-A\", \"value\": \"1\"}, {\"name\": \"X-B\", \"value\": \"3\"}, {\"name\": \"\", \"value\": \"4\"},"
                                + " {\"value\": \"5\"}, {\"name\": \"X-C\"}, {\"name\": \"X-D\", \"value\": null}, {\"name\": \"X-E\", \"value\": 7},"
                                + " \"junk\", [1], {\"name\": 8, \"value\": \"8\"}]}"),
                        request("\"response\": {\"status\": 200, \"headers\": {\"a\": {\"name\": \"X-A\", \"value\": \"1\"}}}"),
                        request("\"response\": {\"status\": 200, \"headers\": \"X-A: 1\"}"),
                        "{\"request\": {\"headers\": [{\"name\": \"X-Req\", \"value\": \"1\"}], \"method\": \"GET\", \"url\": \"https://x.example/\","
                                + " \"headers\": [{\"name\": \"X-Req\", \"value\": \"2\"}]}, \"response\": {\"status\": 200}}")),
                arguments("mime types", List.of(
                        request("\"response\": {\"status\": 200, \"content\": {\"mimeType\": \"text/plain\", \"text\": \"hi\"}}"),
                        request("\"response\": {\"status\": 200, \"headers\": [{\"name\": \"content-type\", \"value\": \"text/html\"}],"
                                + " \"content\": {\"mimeType\": \"text/plain\", \"text\": \"hi\"}}"),
                        request("\"response\": {\"status\": 200, \"content\": {\"mimeType\": \" \", \"text\": \"hi\"}}"),
                        request("\"response\": {\"status\": 200, \"content\": {\"mimeType\": 5}}"),
                        request("\"response\": {\"content\": {\"text\": \"hi\", \"mimeType\": \"a/b\"}, \"status\": 200,"
                                + " \"content\": {\"mimeType\": \"c/d\"}}"))),
                arguments("response texts", List.of(
                        content("\"text\": \"\""),
                        content("\"text\": null"),
                        content("\"text\": 12.50"),
                        content("\"text\": -0"),
                        content("\"text\": true"),
                        content("\"text\": {\"a\": \"b\"}"),
                        content("\"text\": [\"a\"]"),
                        content("\"text\": \"first\", \"text\": 2"),
                        content("\"text\": 2, \"text\": \"second\""),
                        content("\"text\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0000\\u001f\\u00e9\\u20AC\\uD83D\\uDE00 é€😀\""),
                        "{\"request\": {\"method\": \"GET\", \"url\": \"https://x.example/\"}, \"response\": {\"status\": 200, \"content\": [1]}}",
                        "{\"request\": {\"method\": \"GET\", \"url\": \"https://x.example/\"}, \"response\": {\"status\": 200, \"content\": \"x\"}}")),
                arguments("base64 response texts", List.of(
                        content("\"text\": \"aGVsbG8=\", \"encoding\": \"base64\""),
                        content("\"encoding\": \"base64\", \"text\": \"aGVs\\r\\nbG8=\""),
                        content("\"encoding\": \"BASE64\", \"text\": \"aGVsbG8\""),
                        content("\"encoding\": \"base64\", \"text\": \"\""),
                        content("\"encoding\": \"base64\", \"text\": \"\\n\""),
                        content("\"encoding\": \"base64\", \"text\": \"é\""),
                        content("\"encoding\": \"base64\", \"text\": \"a\\/\\/+\""),
                        content("\"encoding\": \"base64\", \"text\": \"a\""),
                        content("\"encoding\": \"base64\", \"text\": \"aGVsbG8==\""),
                        content("\"encoding\": \"base64\", \"text\": \"aGVsbA=\\n=\""),
                        content("\"encoding\": \"base64\", \"text\": \"aGVsbA==aGVsbA==\""),
                        content("\"encoding\": \"base64\", \"text\": \"aGVs!bG8*\""),
                        content("\"encoding\": \"base64\", \"text\": 1234"),
                        content("\"encoding\": \"base64\", \"text\": 123"),
                        content("\"encoding\": \"base64\", \"text\": null"),
                        content("\"encoding\": \"gzip\", \"text\": \"aGVsbG8=\""),
                        content("\"encoding\": null, \"text\": \"aGVsbG8=\""),
                        content("\"encoding\": \"base64\", \"text\": \"aGVsbG8=\", \"encoding\": \"\""),
                        content("\"encoding\": \"\", \"text\": \"aGVsbG8=\", \"encoding\": \"base64\""))),
                arguments("request bodies", List.of(
                        postData("\"text\": \"{\\\"a\\\": 1}\""),
                        postData("\"text\": \"aGVsbG8=\", \"encoding\": \"base64\""),
                        postData("\"text\": \"not base64 at all!\", \"encoding\": \"base64\""),
                        postData("\"encoding\": \"base64\", \"text\": \"a\""),
                        postData("\"encoding\": \"base64\", \"text\": \"\\uD83D\\uDE00=\""),
                        postData("\"encoding\": \"base64\", \"text\": 5"),
                        postData("\"text\": null"),
                        postData("\"params\": [{\"name\": \"a\", \"value\": \"b\"}]"),
                        "{\"request\": {\"method\": \"POST\", \"url\": \"https://x.example/\", \"postData\": \"raw\"},"
                                + " \"response\": {\"status\": 200}}")),
                arguments("fields the mapping does not read", List.of(
                        "{\"_webSocketMessages\": [{\"type\": \"send\", \"data\": \"x\\\"y\"}], \"request\": {\"method\": \"GET\","
                                + " \"url\": \"https://x.example/\", \"_initiator\": {\"stack\": {\"callFrames\": [[[]]]}},"
                                + " \"postData\": {\"mimeType\": \"a/b\", \"text\": \"t\", \"params\": [{}]}},"
                                + " \"response\": {\"cookies\": [{\"name\": \"text\"}], \"status\": 200, \"content\": {\"size\": 3,"
                                + " \"compression\": 0, \"text\": \"abc\", \"_text\": {\"text\": \"no\"}}, \"redirectURL\": \"\"},"
                                + " \"timings\": {\"send\": 0}}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void streamedEntriesAreTheTreeMappersEntries(String name, List<String> entries) throws IOException {
        Path har = Files.writeString(dir.resolve("case.har"), har(entries));

        assertSameEntries(har, HELD, STREAMED, entries.size());
    }

    @Test
    void theSameLimitsApplyToWhatIsNotABody() throws IOException {
        ValidationOptions small = ValidationOptions.builder().maxBodyBytes(300).maxNestingDepth(20).build();
        String longUrl = ZENDESK + "/agents/me?q=" + "u".repeat(2_000);
        Path har = Files.writeString(dir.resolve("limits.har"), har(List.of(
                entry("GET", longUrl, null, 200, "{}").toString(),
                HarFiles.header(entry("GET", ZENDESK + "/agents/me", null, 200, "{}"), "response", "X-Long", "h".repeat(2_000)).toString(),
                "{\"request\": {\"method\": \"GET\", \"url\": \"https://x.example/\"}, \"response\": {\"status\": 200},"
                        + " \"_deep\": " + "[".repeat(30) + "]".repeat(30) + "}",
                "{\"request\": {\"method\": \"GET\", \"url\": \"https://x.example/\"}, \"response\": {\"status\": 200,"
                        + " \"content\": {\"text\": " + "[".repeat(30) + "]".repeat(30) + "}}}",
                entry("GET", ZENDESK + "/agents/me", null, 200, "{}").toString())));

        List<CaptureEntry> streamed = assertSameEntries(har, small.toBuilder().streamingThresholdBytes(Long.MAX_VALUE).build(),
                small.toBuilder().streamingThresholdBytes(0).build(), 5);

        assertThat(streamed).extracting(HarStreamedEntries::keyOf).containsExactly(
                "capture.tooLarge", "capture.tooLarge", "capture.tooDeep", "capture.tooDeep", "captured");
    }

    @Test
    void valuesTheMappingDoesNotReadAreLimitedAsInATreeWhenTheBodiesAreHeld() throws IOException {
        ValidationOptions small = ValidationOptions.builder().maxBodyBytes(300).streamingThresholdBytes(Long.MAX_VALUE).build();
        String request = "\"request\": {\"method\": \"GET\", \"url\": \"https://x.example/\"";
        Path har = Files.writeString(dir.resolve("skipped.har"), har(List.of(
                "{" + request + "}, \"response\": {\"status\": 200}, \"comment\": \"" + "c".repeat(2_000) + "\"}",
                "{" + request + ", \"_initiator\": {\"url\": \"" + "i".repeat(2_000) + "\"}}, \"response\": {\"status\": 200}}",
                "{" + request + "}, \"response\": {\"status\": 200, \"content\": {\"_text\": [\"" + "t".repeat(2_000) + "\"]}}}",
                "{" + request + "}, \"response\": {\"status\": 200, \"cookies\": [{\"value\": \"" + "k".repeat(1_400) + "\"}]}}",
                "{" + request + "}, \"response\": {\"status\": 200, \"cookies\": [{\"value\": \"" + "k".repeat(1_500) + "\"}]}}")));

        List<CaptureEntry> expected = HarTreeEntries.read(har, small);
        List<CaptureEntry> held = read(har, small);

        assertThat(held).extracting(HarStreamedEntries::keyOf).containsExactlyElementsOf(
                expected.stream().map(HarStreamedEntries::keyOf).toList());
        assertThat(held).extracting(HarStreamedEntries::keyOf).containsExactly(
                "capture.tooLarge", "capture.tooLarge", "capture.tooLarge", "captured", "capture.tooLarge");
    }

    @Test
    void bodiesLargerThanTheLimitAreReadStreamedAndTheEngineReportsThem() throws IOException {
        String body = "{\"comment\": \"" + "x".repeat(5_000) + "\"}";
        Path har = Files.writeString(dir.resolve("large.har"), har(List.of(
                entry("GET", ZENDESK + "/chats/1", null, 200, body).toString(),
                entry("PUT", ZENDESK + "/agents/8080234567123", body, 200, AGENT).toString())));
        ValidationOptions small = ValidationOptions.builder().maxBodyBytes(1_000).build();

        List<CaptureEntry> tree = read(har, small.toBuilder().streamingThresholdBytes(Long.MAX_VALUE).build());
        List<CaptureEntry> streamed = read(har, small.toBuilder().streamingThresholdBytes(0).build());

        assertThat(tree).extracting(HarStreamedEntries::keyOf).containsExactly("response.body.tooLarge", "request.body.tooLarge");
        assertThat(streamed).extracting(HarStreamedEntries::keyOf).containsExactly("captured", "captured");
        assertThat(exchange(streamed.get(0)).responseBody().length()).isEqualTo(body.length());
        assertThat(exchange(streamed.get(1)).requestBody().length()).isEqualTo(body.length());
        ValidationOptions streaming = small.toBuilder().streamingThresholdBytes(0).build();
        ValidationReport report = new CaptureRun(new ContractValidator(Contracts.bundled(), streaming))
                .run(List.of(new HarCapture(har, streaming)));
        assertThat(report.results()).extracting(r -> keys(r))
                .containsExactly(List.of("response.body.tooLarge"), List.of("request.body.tooLarge"));
    }

    @Test
    void wholeFilesThatAreBrokenGiveTheSameEntries() throws IOException {
        String whole = HarFiles.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(HarFiles.JSON.readTree(har(List.of(
                entry("GET", ZENDESK + "/agents/me", null, 200, AGENT).toString(),
                entry("GET", ZENDESK + "/chats/1", null, 200, CHAT).toString()))));
        Path truncated = Files.writeString(dir.resolve("truncated.har"), whole.substring(0, whole.length() - 2000));
        Path list = Files.writeString(dir.resolve("list.har"), "[1, 2, 3]");
        Path noEntries = Files.writeString(dir.resolve("empty.har"), "{\"log\": {\"version\": \"1.2\"}}");

        assertSameEntries(truncated, HELD, STREAMED, 2);
        assertSameEntries(list, HELD, STREAMED, 1);
        assertSameEntries(noEntries, HELD, STREAMED, 1);
    }

    @Test
    void bodiesOfStreamedEntriesStayInTheFile() throws IOException {
        Path har = Files.writeString(dir.resolve("session.har"), har(List.of(
                entry("PUT", ZENDESK + "/agents/8080234567123", "{\"id\": 1}", 200, AGENT).toString(),
                HarFiles.base64Body(entry("GET", ZOPIM + "/agents/me", null, 200, ""), resource("agent-valid.json")).toString())));

        List<CaptureEntry> streamed = read(har, STREAMED);

        assertThat(exchange(streamed.get(0)).requestBody().inMemory()).isFalse();
        assertThat(exchange(streamed.get(0)).responseBody().inMemory()).isFalse();
        assertThat(exchange(streamed.get(1)).responseBody().inMemory()).isFalse();
        assertThat(exchange(streamed.get(1)).responseBody().toByteArray()).isEqualTo(resource("agent-valid.json"));
        assertThat(exchange(streamed.get(1)).responseBody().toString()).doesNotContain("agent").contains("response.content.text");
        assertThat(read(har, ValidationOptions.defaults())).allSatisfy(e -> assertThat(exchange(e).responseBody().inMemory()).isTrue());
    }

    /** The one difference: Jackson keeps a lone surrogate, which Java's UTF-8 encoder turns into {@code ?}. */
    @Test
    void aLoneSurrogateInATextIsTheReplacementCharacterWhereTheTreeMapperHasAQuestionMark() throws IOException {
        Path har = Files.writeString(dir.resolve("lone.har"), har(List.of(content("\"text\": \"a\\uD83Db\""))));

        assertThat(exchange(read(har, HELD).get(0)).responseBody().toText()).isEqualTo("a?b");
        assertThat(exchange(read(har, STREAMED).get(0)).responseBody().toText()).isEqualTo("a\uFFFDb");
    }

    // ---------------------------------------------------------------- a large body

    @Test
    void aTwentyMegabyteBodyIsReadFromTheFileNotHeld() throws IOException, NoSuchAlgorithmException {
        Path har = dir.resolve("large.har");
        MessageDigest plain = MessageDigest.getInstance("SHA-256");
        MessageDigest decoded = MessageDigest.getInstance("SHA-256");
        long plainLength;
        long decodedLength = 15L * 1024 * 1024;
        try (BufferedWriter out = Files.newBufferedWriter(har)) {
            out.write("{\"log\": {\"version\": \"1.2\", \"entries\": [");
            plainLength = writeEntryWithLargeText(out, plain);
            out.write(", ");
            writeEntryWithLargeBase64(out, decoded, decodedLength);
            out.write("]}}");
        }
        assertThat(Files.size(har)).isGreaterThan(40L * 1024 * 1024);

        List<CaptureEntry> entries = read(har, ValidationOptions.defaults());

        assertThat(entries).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(CaptureEntry.Captured.class));
        Body text = exchange(entries.get(0)).responseBody();
        Body base64 = exchange(entries.get(1)).responseBody();
        assertThat(text.inMemory()).isFalse();
        assertThat(base64.inMemory()).isFalse();
        assertThat(exchange(entries.get(0)).responseHeaders().first("content-type")).contains("application/json; charset=utf-8");
        assertThat(hash(text)).isEqualTo(HexFormat.of().formatHex(plain.digest()));
        assertThat(text.length()).isEqualTo(plainLength);
        assertThat(hash(base64)).isEqualTo(HexFormat.of().formatHex(decoded.digest()));
        assertThat(base64.length()).isEqualTo(decodedLength);
    }

    /** A response body of ~20 MB: JSON text with escapes and multi-byte characters; returns its decoded length. */
    private static long writeEntryWithLargeText(BufferedWriter out, MessageDigest digest) throws IOException {
        String head = entry("GET", ZENDESK + "/chats/1", null, 200, "@BODY@").toString();
        int at = head.indexOf("@BODY@");
        out.write(head, 0, at);
        String literal = "{\\\"comment\\\": \\\"";
        String decoded = "{\"comment\": \"";
        long length = 0;
        for (int i = 0; i < 200_000; i++) {
            String line = "line " + i + " é€😀 tab\\t quote\\\\\\\" \\u00e9\\uD83D\\uDE00 " + "x".repeat(60) + "\\n";
            String value = "line " + i + " é€😀 tab\t quote\\\" é😀 " + "x".repeat(60) + "\n";
            out.write(i == 0 ? literal + line : line);
            byte[] bytes = (i == 0 ? decoded + value : value).getBytes(StandardCharsets.UTF_8);
            digest.update(bytes);
            length += bytes.length;
        }
        out.write("\\\"}");
        byte[] end = "\"}".getBytes(StandardCharsets.UTF_8);
        digest.update(end);
        out.write(head, at + "@BODY@".length(), head.length() - at - "@BODY@".length());
        return length + end.length;
    }

    /** A response body of random bytes, base64 in MIME lines, whose {@code \/} are escaped. */
    private static void writeEntryWithLargeBase64(BufferedWriter out, MessageDigest digest, long length) throws IOException {
        String head = HarFiles.base64Body(entry("GET", ZENDESK + "/chats/1", null, 200, ""), "@".getBytes(StandardCharsets.UTF_8)).toString();
        String marker = Base64.getEncoder().encodeToString("@".getBytes(StandardCharsets.UTF_8));
        int at = head.indexOf(marker);
        out.write(head, 0, at);
        Random random = new Random(3);
        byte[] chunk = new byte[57 * 1024]; // a multiple of 57 bytes: whole MIME lines of 76 characters
        for (long written = 0; written < length; written += chunk.length) {
            byte[] bytes = length - written >= chunk.length ? chunk : new byte[(int) (length - written)];
            random.nextBytes(bytes);
            digest.update(bytes);
            out.write(Base64.getMimeEncoder().encodeToString(bytes).replace("/", "\\/").replace("\r\n", "\\r\\n") + "\\r\\n");
        }
        out.write(head, at + marker.length(), head.length() - at - marker.length());
    }

    private static String hash(Body body) throws NoSuchAlgorithmException, IOException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = body.openStream(); OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            in.transferTo(sink);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
