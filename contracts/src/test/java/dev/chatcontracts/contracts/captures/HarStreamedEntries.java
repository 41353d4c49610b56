package dev.chatcontracts.contracts.captures;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.resource;
import static dev.chatcontracts.contracts.captures.HarFiles.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.findings.FindingMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** HAR texts made for the streamed-entry tests, and the assertion that both readers give the same entries. */
final class HarStreamedEntries {

    static final String AGENT = new String(resource("agent-valid.json"), StandardCharsets.UTF_8);
    /** Every entry read with its bodies held in memory. */
    static final ValidationOptions HELD = ValidationOptions.builder().streamingThresholdBytes(Long.MAX_VALUE).build();
    static final ValidationOptions STREAMED = ValidationOptions.builder().streamingThresholdBytes(0).build();

    private HarStreamedEntries() {
    }

    /**
     * Reads a HAR as trees ({@link HarTreeEntries}, with the limits of {@code held}), with its bodies held
     * ({@code held}: entries below the streaming threshold) and with its bodies left in the file
     * ({@code streamed}), and asserts the same entries all three ways; returns the streamed ones.
     */
    static List<CaptureEntry> assertSameEntries(Path har, ValidationOptions held, ValidationOptions streamed, int entries) {
        List<CaptureEntry> expected = HarTreeEntries.read(har, held);
        assertThat(expected).as("entries read as trees").hasSizeGreaterThanOrEqualTo(entries);
        assertSameEntries(read(har, held), expected);
        List<CaptureEntry> actual = read(har, streamed);
        assertSameEntries(actual, expected);
        return actual;
    }

    /** Asserts that {@code actual} are {@code expected}, entry by entry (sources, kinds, exchanges or messages). */
    static void assertSameEntries(List<CaptureEntry> actual, List<CaptureEntry> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertSameEntry(actual.get(i), expected.get(i), i);
        }
    }

    private static void assertSameEntry(CaptureEntry actual, CaptureEntry expected, int index) {
        String what = "entry " + index;
        assertThat(actual.source()).as(what).isEqualTo(expected.source());
        assertThat(actual.getClass()).as(what + ": " + describe(expected) + " vs " + describe(actual)).isEqualTo(expected.getClass());
        if (expected instanceof CaptureEntry.Unreadable unreadable) {
            assertThat(withoutJacksonLength(actual)).as(what).isEqualTo(withoutJacksonLength(unreadable));
            return;
        }
        Exchange want = exchange(expected);
        Exchange got = exchange(actual);
        assertThat(got.method()).as(what).isEqualTo(want.method());
        assertThat(got.url()).as(what).isEqualTo(want.url());
        assertThat(got.status()).as(what).isEqualTo(want.status());
        assertThat(got.requestHeaders()).as(what).isEqualTo(want.requestHeaders());
        assertThat(got.requestHeaders().toString()).as(what + " header order").isEqualTo(want.requestHeaders().toString());
        assertThat(got.responseHeaders()).as(what).isEqualTo(want.responseHeaders());
        assertThat(got.responseHeaders().toString()).as(what + " header order").isEqualTo(want.responseHeaders().toString());
        assertThat(got.source()).as(what).isEqualTo(want.source());
        assertThat(bytes(got.requestBody())).as(what + " request body").isEqualTo(bytes(want.requestBody()));
        assertThat(bytes(got.responseBody())).as(what + " response body").isEqualTo(bytes(want.responseBody()));
    }

    /**
     * The length in Jackson's "String value length (N) exceeds the maximum" depends on the size of the
     * buffer it reuses (from earlier parsers of the thread), not on the entry: it differs between runs of
     * the tree path too.
     */
    private static CaptureEntry withoutJacksonLength(CaptureEntry entry) {
        CaptureEntry.Unreadable u = (CaptureEntry.Unreadable) entry;
        return new CaptureEntry.Unreadable(u.source(), FindingMessage.literal(u.key(),
                u.message().text().replaceAll("String value length \\(\\d+\\)", "String value length (N)")), u.method(), u.url());
    }

    static String describe(CaptureEntry entry) {
        return entry instanceof CaptureEntry.Unreadable u ? u.key() + " " + u.message() : "captured";
    }

    private static byte[] bytes(Body body) {
        return body == null ? null : body.toByteArray();
    }

    static List<CaptureEntry> read(Path har, ValidationOptions options) {
        List<CaptureEntry> entries = new ArrayList<>();
        new HarCapture(har, options).read(entries::add);
        return entries;
    }

    static Exchange exchange(CaptureEntry entry) {
        assertThat(entry).as(describe(entry)).isInstanceOf(CaptureEntry.Captured.class);
        return ((CaptureEntry.Captured) entry).exchange();
    }

    static String keyOf(CaptureEntry entry) {
        return entry instanceof CaptureEntry.Unreadable u ? u.key() : "captured";
    }

    static String har(List<String> entries) {
        return "{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"test\"}, \"entries\": [\n" + String.join(",\n", entries) + "\n]}}";
    }

    /** An entry with a request line and the given response fields. */
    static String request(String response) {
        return "{\"request\": {\"method\": \"GET\", \"url\": \"https://x.example/\"}, " + response + "}";
    }

    /** An entry whose response content holds the given fields. */
    static String content(String fields) {
        return request("\"response\": {\"status\": 200, \"content\": {\"mimeType\": \"application/octet-stream\", " + fields + "}}");
    }

    /** An entry whose request postData holds the given fields. */
    static String postData(String fields) {
        return "{\"request\": {\"method\": \"POST\", \"url\": \"https://x.example/\", \"postData\": {\"mimeType\": \"application/json\", "
                + fields + "}}, \"response\": {\"status\": 201}}";
    }

    /** An entry whose own structure (not its body) is nested 10,000 deep, as in BadCaptureInputTest. */
    static String deepEntry() {
        ObjectNode entry = entry("GET", ZENDESK + "/agents/me", null, 200, AGENT);
        String text = entry.toString();
        return text.substring(0, text.length() - 1) + ",\"_custom\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    }
}
