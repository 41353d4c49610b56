package dev.chatcontracts.benchmarks;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.SpecLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The bodies the validation benchmarks time, all made from the spec's documented Show Chat example with varied
 * ids, timestamps and a history of 5-10 events (member join, messages, the documented conversion, member
 * leave): about 2.4 KB a chat on its own, 2.8 KB in a list. Also the exchanges that carry them and the spec
 * copy Atlassian's validator accepts.
 */
final class ChatCorpus {

    static final String SPEC = "openapi/src/main/resources/openapi/zendesk-chat.yaml";
    static final String BASE_URL = "https://acme.zendesk.com/api/v2/chat";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path specFile;
    private final LoadedSpec spec;
    private final ObjectNode example;

    /** @param root the repository root, the directory holding {@value #SPEC} */
    ChatCorpus(String root) {
        this.specFile = Path.of(root, SPEC).toAbsolutePath().normalize();
        this.spec = new SpecLoader().load(specFile);
        this.example = (ObjectNode) spec.tree().at("/components/examples/showChatResponse/value");
        if (example.isMissingNode() || !example.has("history")) {
            throw new IllegalStateException("no showChatResponse example with a history in " + specFile);
        }
    }

    Path specFile() {
        return specFile;
    }

    LoadedSpec spec() {
        return spec;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /** Chat number {@code i}; {@code bad} plants a wrong {@code history[2].timestamp}. */
    ObjectNode chat(int i, boolean bad) {
        ArrayNode templateHistory = (ArrayNode) example.get("history");
        ObjectNode chat = example.deepCopy();
        long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() + i * 97L;
        String id = Long.toString(1_000_000L + i);
        chat.put("id", id);
        chat.put("duration", 60 + (i % 900));
        chat.put("timestamp", Instant.ofEpochSecond(start).toString());
        if (chat.path("session") instanceof ObjectNode session) {
            session.put("start_date", Instant.ofEpochSecond(start).toString());
            session.put("end_date", Instant.ofEpochSecond(start + 600).toString());
        }
        if (chat.path("update_timestamp").isTextual()) {
            chat.put("update_timestamp", Instant.ofEpochSecond(start + 700).toString());
        }
        int events = 5 + (i % 6);
        ArrayNode history = mapper.createArrayNode();
        for (int e = 0; e < events; e++) {
            int template = e == 0 ? 0 : e == events - 1 ? templateHistory.size() - 1 : e == 2 ? 2 : 1;
            ObjectNode event = ((ObjectNode) templateHistory.get(template)).deepCopy();
            if (template == 1) {
                event.put("msg", "message " + e + " of chat " + id);
            }
            event.put("channel", "#supportchat:" + id);
            event.put("timestamp", Instant.ofEpochSecond(start + e * 13L).toString());
            history.add(event);
        }
        if (bad) {
            ((ObjectNode) history.get(2)).put("timestamp", "not a timestamp");
        }
        chat.set("history", history);
        return chat;
    }

    /** The Show Chat answer for chat {@code i}. */
    byte[] showChat(int i, boolean bad) {
        try {
            return mapper.writeValueAsBytes(chat(i, bad));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The List Chats answer with {@code n} chats; {@code badIndex} >= 0 plants one wrong timestamp. */
    byte[] listChats(int n, int badIndex) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1 << 16, n * 2900));
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("chats");
            for (int i = 0; i < n; i++) {
                mapper.writeTree(g, chat(i, i == badIndex));
            }
            g.writeEndArray();
            g.writeNumberField("count", n);
            g.writeNullField("next_url");
            g.writeNullField("prev_url");
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Exchange listChatsExchange(byte[] body) {
        return Exchange.builder().request("GET", BASE_URL + "/chats").status(200)
                .responseHeader("Content-Type", "application/json").responseBody(Body.wrap(body)).build();
    }

    static Exchange showChatExchange(String id, byte[] body) {
        return Exchange.builder().request("GET", BASE_URL + "/chats/" + id).status(200)
                .responseHeader("Content-Type", "application/json").responseBody(Body.wrap(body)).build();
    }

    /**
     * Atlassian's validator for the spec, on a temporary copy it accepts. Its schema checker (java-json-tools,
     * rule {@code err.swaggerv2.discriminator.notRequired}) refuses {@code ChatOrOfflineMessage}'s
     * discriminator and then reports one "Invalid JSON Schema" error without reading the body, so the copy drops
     * the discriminator block (the {@code oneOf} stays: each chat is matched against both branches).
     */
    OpenApiInteractionValidator atlassian() {
        try {
            String yaml = Files.readString(specFile);
            String stripped = yaml.replaceAll("(?m)^( +)discriminator:\\n(\\1  .*\\n)+", "");
            Path copy = Files.createTempFile("zendesk-chat-atlassian", ".yaml");
            copy.toFile().deleteOnExit();
            Files.writeString(copy, stripped);
            return OpenApiInteractionValidator.createForSpecificationUrl(copy.toString()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
