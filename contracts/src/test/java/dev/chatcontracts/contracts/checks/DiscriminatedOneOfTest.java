package dev.chatcontracts.contracts.checks;

import static dev.chatcontracts.contracts.TestExchanges.ZENDESK;
import static dev.chatcontracts.contracts.TestExchanges.json;
import static dev.chatcontracts.contracts.TestExchanges.keysAndPointers;
import static dev.chatcontracts.contracts.TestExchanges.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.contract.GuessBackoff;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.openapi.schema.SchemaView;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A chat and an offline message are a oneOf told apart by {@code type}: only the branch {@code type}
 * names is checked, so a field that only the other branch would reject is not reported as its error.
 */
class DiscriminatedOneOfTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ContractValidator VALIDATOR = ContractValidator.bundled();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("chat-invalid-offline-message-field", "chat-valid.json", "message", 5,
                        "response.field.unknown /message"),
                Arguments.of("chat-invalid-unread-integer", "chat-valid.json", "unread", 0,
                        "response.field.type /unread"),
                Arguments.of("offline-message-invalid-chat-field", "offline-message-valid.json", "agent_ids", "not an array",
                        "response.field.unknown /agent_ids"),
                Arguments.of("offline-message-invalid-message-number", "offline-message-valid.json", "message", 5,
                        "response.field.type /message"),
                Arguments.of("chat-invalid-type-neither", "chat-valid.json", "type", "call",
                        "response.field.enum /type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void onlyTheChosenBranchReports(String name, String base, String field, Object value, String expected) throws IOException {
        ObjectNode body = (ObjectNode) JSON.readTree(resource(base));
        body.set(field, JSON.valueToTree(value));

        var result = VALIDATOR.validate(json("GET", ZENDESK + "/chats/1", null, 200, body.toString()));

        assertThat(keysAndPointers(result)).containsExactly(expected);
    }

    /**
     * The engine guesses the branch objects at one place chose the last two times and reads a body again when the
     * guess misses: a body after bodies of the other branch gets the findings it gets alone.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBodyAfterBodiesOfTheOtherBranchGetsTheSameFindings(String name, String base, String field, Object value, String expected)
            throws IOException {
        String other = base.equals("chat-valid.json") ? "offline-message-valid.json" : "chat-valid.json";
        ContractValidator validator = ContractValidator.bundled();
        for (int i = 0; i < 3; i++) {
            assertThat(validator.validate(json("GET", ZENDESK + "/chats/1", null, 200, new String(resource(other)))).findings())
                    .as("the other branch's valid body").isEmpty();
        }
        ObjectNode body = (ObjectNode) JSON.readTree(resource(base));
        body.set(field, JSON.valueToTree(value));

        var result = validator.validate(json("GET", ZENDESK + "/chats/1", null, 200, body.toString()));

        assertThat(keysAndPointers(result)).containsExactly(expected);
    }

    @Test
    void aGuessThatMissedPausesTheGuessesOfThatBodyPlan() throws IOException {
        ApiContract zendesk = ApiContract.bundled("zendesk-chat");
        ContractValidator validator = new ContractValidator(Contracts.of(zendesk), ValidationOptions.builder().build());
        GuessBackoff guesses = zendesk.bodyPlan("/paths/~1chats~1{chat_id}/get/responses/200/content/application~1json/schema",
                SchemaView.RESPONSE).guesses();
        for (int i = 0; i < 3; i++) {
            validator.validate(json("GET", ZENDESK + "/chats/1", null, 200, new String(resource("chat-valid.json"))));
        }
        assertThat(guesses.guessNext()).as("chats only: the guesses held").isTrue();

        var offline = validator.validate(json("GET", ZENDESK + "/chats/1", null, 200, new String(resource("offline-message-valid.json"))));

        assertThat(offline.findings()).isEmpty();
        assertThat(guesses.guessNext()).as("the offline message was guessed a chat: the next body is read without guessing").isFalse();
        assertThat(guesses.guessNext()).isTrue();
    }

    /**
     * After bodies of its branch, a body is first only asked whether it passes its schema ({@code
     * StreamingValidator#certainlyPasses}): one that does not cannot be told, is validated again and gets the findings it
     * gets alone, and the plan's next body is not asked first; one that does (an undeclared field is the field walk's
     * finding, not the schema's) gets its findings from that one pass.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBrokenBodyAfterCertifiedBodiesOfItsBranchGetsTheSameFindings(String name, String base, String field, Object value,
            String expected) throws IOException {
        ApiContract zendesk = ApiContract.bundled("zendesk-chat");
        ContractValidator validator = new ContractValidator(Contracts.of(zendesk), ValidationOptions.builder().build());
        GuessBackoff certifying = zendesk.bodyPlan("/paths/~1chats~1{chat_id}/get/responses/200/content/application~1json/schema",
                SchemaView.RESPONSE).certifying();
        for (int i = 0; i < 3; i++) {
            assertThat(validator.validate(json("GET", ZENDESK + "/chats/1", null, 200, new String(resource(base)))).findings())
                    .as("the branch's valid body").isEmpty();
        }
        assertThat(certifying.guessNext()).as("valid bodies: the certifier is not paused").isTrue();
        ObjectNode body = (ObjectNode) JSON.readTree(resource(base));
        body.set(field, JSON.valueToTree(value));

        var result = validator.validate(json("GET", ZENDESK + "/chats/1", null, 200, body.toString()));

        assertThat(keysAndPointers(result)).containsExactly(expected);
        boolean passesItsSchema = expected.startsWith("response.field.unknown");
        assertThat(certifying.guessNext()).as("the next body is asked first when this one passed its schema")
                .isEqualTo(passesItsSchema);
        assertThat(certifying.guessNext()).isTrue();
    }

    /**
     * A certified pass reads the body with no record of names in between: it checks each object's names itself and
     * cannot tell when one repeats, so a body that repeats names after certified bodies gets the findings it gets alone.
     */
    @Test
    void aBodyThatRepeatsNamesAfterCertifiedBodiesGetsTheSameFindings() throws IOException {
        String chat = new String(resource("chat-valid.json"));
        String repeating = "{\"unread\": true, \"agent_ids\": [\"7\"], \"count\": {\"agent\": 2, \"agent\": 3},"
                + chat.substring(chat.indexOf('{') + 1);
        ApiContract zendesk = ApiContract.bundled("zendesk-chat");
        ContractValidator validator = new ContractValidator(Contracts.of(zendesk), ValidationOptions.builder().build());
        for (int i = 0; i < 3; i++) {
            assertThat(validator.validate(json("GET", ZENDESK + "/chats/1", null, 200, chat)).findings()).isEmpty();
        }
        assertThat(zendesk.bodyPlan("/paths/~1chats~1{chat_id}/get/responses/200/content/application~1json/schema",
                SchemaView.RESPONSE).certifying().guessNext()).as("valid bodies: the certifier is not paused").isTrue();

        var result = validator.validate(json("GET", ZENDESK + "/chats/1", null, 200, repeating));
        var alone = ContractValidator.bundled().validate(json("GET", ZENDESK + "/chats/1", null, 200, repeating));

        assertThat(keysAndPointers(result)).contains("response.body.duplicateKey /agent_ids", "response.body.duplicateKey /count/agent",
                "response.body.duplicateKey /unread").isEqualTo(keysAndPointers(alone));
    }
}
