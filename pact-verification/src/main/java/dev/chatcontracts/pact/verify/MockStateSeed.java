package dev.chatcontracts.pact.verify;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.mock.MockConfig;
import dev.chatcontracts.mock.MockProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seed for the embedded mock that makes the id-bound provider states of some pacts true: the API
 * assigns agent, chat and visitor ids itself, so {@code agent 2 exists} can only be made true by
 * seeding. Each missing resource is a copy of a built-in one with the state's id ({@code agent 2} a copy
 * of the plain agent 360000000003 with the e-mail {@code pact-agent-2@example.com}; {@code chat 77} a
 * copy of chat {@code 123}; {@code visitor 9} of visitor {@code 1}; a SalesIQ conversation of
 * {@code zylkerinc/666300030000479029}). E-mail states need no seed: {@link StateHandler} creates the
 * agent through the API.
 */
public final class MockStateSeed {

    private static final String BUILT_IN = "dev/chatcontracts/mock/seed/default-seed.json";
    private static final Pattern STATE = Pattern.compile("^(agent|chat|visitor|screen name|conversation) (\\S+) exists$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private MockStateSeed() {
    }

    /** Starts a mock (default settings, ephemeral port) whose seed makes the pacts' id-bound states true. */
    public static MockProvider startMock(List<PactFile> pacts) {
        return startMock(MockProvider.builder(), pacts);
    }

    /** Starts a mock with {@code settings} and a seed that makes the pacts' id-bound states true. */
    public static MockProvider startMock(MockConfig.Builder settings, List<PactFile> pacts) {
        ObjectNode seed = seed(pacts);
        if (seed.isEmpty()) {
            return settings.start();
        }
        try {
            Path file = Files.createTempFile("chat-contracts-pact-seed", ".json");
            try {
                Files.writeString(file, seed.toString());
                return settings.seed(file).start();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pact state seed", e);
        }
    }

    /** The seed sections ({@code agents}, {@code chats}, {@code visitors}, {@code salesiq_conversations}) for the states missing from the built-in seed. */
    public static ObjectNode seed(List<PactFile> pacts) {
        JsonNode builtIn = builtIn();
        ObjectNode seed = JSON.createObjectNode();
        Set<String> done = new HashSet<>();
        for (PactFile pact : pacts) {
            for (Interaction interaction : pact.pact().getInteractions()) {
                String screenName = null;
                String conversation = null;
                for (ProviderState state : interaction.getProviderStates()) {
                    Matcher matcher = STATE.matcher(state.getName() == null ? "" : state.getName().trim());
                    if (!matcher.matches() || !done.add(state.getName().trim())) {
                        continue;
                    }
                    String value = matcher.group(2);
                    switch (matcher.group(1)) {
                        case "agent" -> agent(builtIn, seed, value);
                        case "chat" -> copy(builtIn, seed, "chats", "id", "123", value);
                        case "visitor" -> copy(builtIn, seed, "visitors", "id", "1", value);
                        case "screen name" -> screenName = value;
                        default -> conversation = value;
                    }
                }
                conversation(builtIn, seed, screenName, conversation);
            }
        }
        return seed;
    }

    private static void agent(JsonNode builtIn, ObjectNode seed, String value) {
        if (!value.matches("[1-9]\\d{0,17}") || has(builtIn, "agents", "id", value)) {
            return;
        }
        ObjectNode agent = template(builtIn, "agents", "id", "360000000003");
        agent.put("id", Long.parseLong(value)).put("email", "pact-agent-" + value + "@example.com")
                .put("first_name", "Pact").put("last_name", "Agent " + value).put("display_name", "Pact agent " + value)
                .put("password", "pact-" + UUID.randomUUID());
        section(seed, "agents").add(agent);
    }

    private static void copy(JsonNode builtIn, ObjectNode seed, String section, String key, String templateId, String value) {
        if (!has(builtIn, section, key, value)) {
            section(seed, section).add(template(builtIn, section, key, templateId).put(key, value));
        }
    }

    private static void conversation(JsonNode builtIn, ObjectNode seed, String screenName, String conversation) {
        if (screenName == null && conversation == null) {
            return;
        }
        ObjectNode template = template(builtIn, "salesiq_conversations", "id", "666300030000479029");
        String name = screenName == null ? template.path("screen_name").asText() : screenName;
        String id = conversation == null ? template.path("id").asText() : conversation;
        for (JsonNode existing : builtIn.path("salesiq_conversations")) {
            if (existing.path("screen_name").asText().equals(name) && existing.path("id").asText().equals(id)) {
                return;
            }
        }
        section(seed, "salesiq_conversations").add(template.put("screen_name", name).put("id", id));
    }

    private static boolean has(JsonNode builtIn, String section, String key, String value) {
        for (JsonNode item : builtIn.path(section)) {
            if (item.path(key).asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode template(JsonNode builtIn, String section, String key, String value) {
        for (JsonNode item : builtIn.path(section)) {
            if (item.path(key).asText().equals(value)) {
                return item.deepCopy();
            }
        }
        throw new IllegalStateException("the mock's built-in seed has no " + section + " " + value);
    }

    private static ArrayNode section(ObjectNode seed, String name) {
        return seed.has(name) ? (ArrayNode) seed.get(name) : seed.putArray(name);
    }

    private static JsonNode builtIn() {
        try (InputStream in = MockProvider.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the mock's built-in seed " + BUILT_IN + " is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
