package dev.chatcontracts.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the built-in seed ({@code dev/chatcontracts/mock/seed/default-seed.json}) and, optionally, a seed
 * file of the same shape whose entries are added to it: account fields replace the built-in ones, and
 * agents, visitors, chats and conversations replace built-in entries with the same id.
 *
 * <pre>{@code
 * {"account": {...}, "agents": [{..., "password": "..."}], "visitors": [...], "chats": [...],
 *  "salesiq_conversations": [{"screen_name": "...", "id": "...", "question": "...", "visitor": {...}}]}
 * }</pre>
 */
final class SeedLoader {

    static final String DEFAULT_SEED = "/dev/chatcontracts/mock/seed/default-seed.json";
    private static final Set<String> SECTIONS = Set.of("account", "agents", "visitors", "chats", "salesiq_conversations");

    private SeedLoader() {
    }

    /** The built-in seed, with the given file's entries added when {@code extra} is not null. */
    static Seed load(Path extra) {
        ObjectNode seed = readDefault();
        if (extra != null) {
            merge(seed, read(extra));
        }
        try {
            return toSeed(seed);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("Invalid seed" + (extra == null ? "" : " " + extra) + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode readDefault() {
        try (InputStream in = SeedLoader.class.getResourceAsStream(DEFAULT_SEED)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in seed " + DEFAULT_SEED);
            }
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode read(Path file) {
        try {
            JsonNode node = Json.MAPPER.readTree(Files.readAllBytes(file));
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("Seed file " + file + " must hold a JSON object");
            }
            node.fieldNames().forEachRemaining(name -> {
                if (!SECTIONS.contains(name)) {
                    throw new IllegalArgumentException("Seed file " + file + " has an unknown section '" + name
                            + "'; sections are " + SECTIONS);
                }
            });
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read seed file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void merge(ObjectNode seed, ObjectNode extra) {
        if (extra.has("account")) {
            ((ObjectNode) seed.get("account")).setAll((ObjectNode) extra.get("account"));
        }
        for (String section : List.of("agents", "visitors", "chats")) {
            mergeById(seed, extra, section, node -> node.path("id").asText());
        }
        mergeById(seed, extra, "salesiq_conversations",
                node -> node.path("screen_name").asText() + "/" + node.path("id").asText());
    }

    private static void mergeById(ObjectNode seed, ObjectNode extra, String section, Function<JsonNode, String> key) {
        if (!extra.has(section)) {
            return;
        }
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        seed.path(section).forEach(entry -> entries.put(key.apply(entry), entry));
        extra.get(section).forEach(entry -> entries.put(key.apply(entry), entry));
        seed.putArray(section).addAll(entries.values());
    }

    private static Seed toSeed(ObjectNode seed) throws JsonProcessingException {
        Account account = Json.MAPPER.treeToValue(seed.get("account"), Account.class);
        List<AgentStore.StoredAgent> agents = new ArrayList<>();
        for (JsonNode node : seed.path("agents")) {
            agents.add(agent((ObjectNode) node.deepCopy()));
        }
        List<Visitor> visitors = new ArrayList<>();
        for (JsonNode node : seed.path("visitors")) {
            visitors.add(Json.MAPPER.treeToValue(node, Visitor.class));
        }
        List<ChatDocument> chats = new ArrayList<>();
        for (JsonNode node : seed.path("chats")) {
            chats.add(chat(node));
        }
        List<Conversation> conversations = new ArrayList<>();
        for (JsonNode node : seed.path("salesiq_conversations")) {
            conversations.add(Json.MAPPER.treeToValue(node, Conversation.class));
        }
        return new Seed(account, agents, visitors, chats, conversations);
    }

    private static AgentStore.StoredAgent agent(ObjectNode node) throws JsonProcessingException {
        JsonNode password = node.remove("password");
        if (password == null || !password.isTextual()) {
            throw new IllegalArgumentException("seed agent " + node.path("id") + " needs a string password");
        }
        Agent agent = Json.MAPPER.treeToValue(node, Agent.class);
        if (agent.id() <= 0 || agent.email() == null) {
            throw new IllegalArgumentException("seed agent " + node + " needs a positive id and an email");
        }
        return new AgentStore.StoredAgent(agent, password.asText());
    }

    private static ChatDocument chat(JsonNode node) {
        if (!node.isObject() || !node.path("id").isTextual()) {
            throw new IllegalArgumentException("seed chat " + node.path("id") + " needs a string id");
        }
        String type = node.path("type").asText();
        if (!ChatDocument.CHAT.equals(type) && !ChatDocument.OFFLINE_MESSAGE.equals(type)) {
            throw new IllegalArgumentException("seed chat " + node.path("id") + " has type '" + type
                    + "'; expected chat or offline_msg");
        }
        if (Timestamps.parseInstant(node.path("timestamp").asText()).isEmpty()) {
            throw new IllegalArgumentException("seed chat " + node.path("id") + " needs an ISO-8601 timestamp");
        }
        return new ChatDocument((ObjectNode) node.deepCopy());
    }
}
