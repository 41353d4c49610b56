package dev.chatcontracts.check.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The generated pacts, written once per JVM, and planted pacts for the failure cases. */
public final class TestPacts {

    private static final Map<PactSpecVersion, List<Path>> GENERATED = new EnumMap<>(PactSpecVersion.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestPacts() {
    }

    /** The pact files of the bundled specs (zendesk-chat, zoho-salesiq), generated once. */
    public static synchronized List<Path> generated(PactSpecVersion version) {
        return GENERATED.computeIfAbsent(version, v -> {
            try {
                Path dir = Files.createTempDirectory("pact-verification-test-" + v);
                dir.toFile().deleteOnExit();
                List<Path> files = BundledPacts.files(dir, v);
                files.forEach(f -> f.toFile().deleteOnExit());
                return files;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static VerificationPacts read(PactSpecVersion version) {
        VerificationPacts inputs = VerificationPacts.read(generated(version));
        if (!inputs.unreadable().isEmpty()) {
            throw new IllegalStateException("unreadable generated pacts: " + inputs.unreadable());
        }
        return inputs;
    }

    /** A V3 pact of zendesk-chat with one interaction, {@code GET /api/v2/chat/account}, under the given provider state. */
    public static Path withState(Path dir, String state) {
        ObjectNode pact = zendeskPact("state-consumer");
        ObjectNode interaction = pact.withArray("interactions").addObject().put("description", "showAccount under a state");
        interaction.putArray("providerStates").addObject().put("name", state);
        interaction.putObject("request").put("method", "GET").put("path", "/api/v2/chat/account");
        interaction.putObject("response").put("status", 200);
        ((ObjectNode) pact.at("/metadata/chatContracts")).put("basePath", "/api/v2/chat");
        return write(dir, pact);
    }

    /**
     * A V3 pact of zendesk-chat with two mismatches the mock must fail: chat 123 expected with
     * {@code "unread": 0} (no matcher, the mock answers {@code false}), and the account expected with status 201.
     */
    public static Path planted(Path dir) {
        ObjectNode pact = zendeskPact("planted-consumer");
        ArrayNode interactions = pact.withArray("interactions");
        ObjectNode unread = interactions.addObject().put("description", "showChat unreadAsNumber");
        unread.putArray("providerStates").addObject().put("name", "chat 123 exists").putObject("params").put("chat_id", "123");
        unread.putObject("request").put("method", "GET").put("path", "/chats/123").putObject("headers").put("Accept", "application/json");
        ObjectNode unreadResponse = unread.putObject("response").put("status", 200);
        unreadResponse.putObject("headers").put("Content-Type", "application/json");
        unreadResponse.putObject("body").put("id", "123").put("unread", 0);
        unreadResponse.putObject("matchingRules").putObject("body").putObject("$.id").putArray("matchers").addObject().put("match", "type");
        ObjectNode created = interactions.addObject().put("description", "showAccount created");
        created.putObject("request").put("method", "GET").put("path", "/account");
        created.putObject("response").put("status", 201);
        ((ObjectNode) pact.at("/metadata/chatContracts")).put("baseUrl", "https://{subdomain}.zendesk.com/api/v2/chat");
        return write(dir, pact);
    }

    /** A V3 pact of {@code consumer} with zendesk-chat, no interactions yet, our metadata naming the spec. */
    private static ObjectNode zendeskPact(String consumer) {
        ObjectNode pact = JSON.createObjectNode();
        pact.putObject("consumer").put("name", consumer);
        pact.putObject("provider").put("name", "zendesk-chat");
        pact.putArray("interactions");
        ObjectNode metadata = pact.putObject("metadata");
        metadata.putObject("pactSpecification").put("version", "3.0.0");
        metadata.putObject("chatContracts").put("openapi", "zendesk-chat");
        return pact;
    }

    /** Writes {@code <consumer>-zendesk-chat.json} into {@code dir}. */
    private static Path write(Path dir, ObjectNode pact) {
        try {
            Path file = dir.resolve(pact.at("/consumer/name").asText() + "-zendesk-chat.json");
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(pact));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
