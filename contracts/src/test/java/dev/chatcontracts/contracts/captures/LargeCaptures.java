package dev.chatcontracts.contracts.captures;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.TestExchanges;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes large captures for memory tests, streaming (never holding the document): a List Chats answer
 * of any number of chats as a JSON response with its sidecar, and a HAR file of List Chats pages. Every
 * {@code invalidEvery}-th chat has a string {@code unread} (an error at {@code /chats/N/unread}),
 * every {@code unknownEvery}-th an undeclared field (a warning).
 */
final class LargeCaptures {

    static final String BASE = "https://acme.zendesk.com/api/v2/chat";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode chat;
    private final ObjectNode offlineMessage;
    private final int invalidEvery;
    private final int unknownEvery;

    LargeCaptures(int invalidEvery, int unknownEvery) {
        try {
            JsonNode list = JSON.readTree(TestExchanges.resource("chat-list-valid.json"));
            this.chat = (ObjectNode) list.get("chats").get(0);
            this.offlineMessage = (ObjectNode) list.get("chats").get(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.invalidEvery = invalidEvery;
        this.unknownEvery = unknownEvery;
    }

    /** Chats {@code [from, from + count)} of the corpus as a List Chats answer. */
    void writeChatList(OutputStream out, long from, long count) throws IOException {
        try (JsonGenerator json = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeArrayFieldStart("chats");
            for (long i = from; i < from + count; i++) {
                JSON.writeTree(json, chatNumber(i));
            }
            json.writeEndArray();
            json.writeNumberField("count", count);
            json.writeNullField("next_url");
            json.writeNullField("prev_url");
            json.writeEndObject();
        }
    }

    /** A response file and its sidecar. */
    Path writeResponseFile(Path folder, String name, long chats) throws IOException {
        Path file = folder.resolve(name + ".json");
        try (OutputStream out = Files.newOutputStream(file)) {
            writeChatList(new java.io.BufferedOutputStream(out, 1 << 16), 0, chats);
        }
        Files.writeString(folder.resolve(name + ".meta.json"),
                "{\"method\": \"GET\", \"url\": \"" + BASE + "/chats\", \"status\": 200}");
        return file;
    }

    /** A HAR of {@code pages} List Chats pages of {@code perPage} chats each. */
    Path writeHar(Path file, int pages, int perPage) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator json = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeObjectFieldStart("log");
            json.writeStringField("version", "1.2");
            json.writeArrayFieldStart("entries");
            for (int page = 0; page < pages; page++) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                writeChatList(body, (long) page * perPage, perPage);
                writeEntry(json, page, body.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        return file;
    }

    private static void writeEntry(JsonGenerator json, int page, String body) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("request");
        json.writeStringField("method", "GET");
        json.writeStringField("url", BASE + "/chats?page=" + page);
        json.writeArrayFieldStart("headers");
        json.writeStartObject();
        json.writeStringField("name", "Authorization");
        json.writeStringField("value", "Bearer secret-token");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("response");
        json.writeNumberField("status", 200);
        json.writeArrayFieldStart("headers");
        json.writeEndArray();
        json.writeObjectFieldStart("content");
        json.writeStringField("mimeType", "application/json");
        json.writeStringField("text", body);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Errors planted in chats {@code [0, chats)}. */
    long expectedErrors(long chats) {
        return planted(chats, invalidEvery);
    }

    /** Undeclared fields planted in chats {@code [0, chats)}. */
    long expectedUnknown(long chats) {
        return planted(chats, unknownEvery);
    }

    private static long planted(long chats, int every) {
        return (chats + every - 1) / every;
    }

    private ObjectNode chatNumber(long i) {
        boolean invalid = i % invalidEvery == 0;
        boolean unknown = i % unknownEvery == 0;
        ObjectNode item = (invalid || unknown || i % 3 != 2 ? chat : offlineMessage).deepCopy();
        item.put("id", "1410." + i + ".QWERTY");
        if (invalid) {
            item.put("unread", "yes");
        }
        if (unknown) {
            item.put("x_unknown", i);
        }
        return item;
    }
}
