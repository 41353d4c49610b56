package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateDumpTest extends MockTestSupport {

    @Test
    void stateDumpIsDeterministicAndHasNoPasswords() {
        String dump = mock.stateDump();
        try (MockProvider other = MockProvider.start()) {
            assertThat(other.stateDump()).isEqualTo(dump);
        }

        JsonNode tree = parse(dump);
        assertThat(dump).doesNotContain("password").doesNotContain("owner-password").doesNotContain("\r");
        assertThat(texts(fieldNames(tree))).containsExactly("account", "agents", "chats",
                "salesiq_conversations", "visitors");
        assertThat(ids(tree.get("agents"))).containsExactly(360000000001L, 360000000002L, 360000000003L,
                360000000005L, 360000000008L);
        List<String> chatIds = new ArrayList<>();
        tree.get("chats").forEach(chat -> chatIds.add(chat.get("id").asText()));
        assertThat(chatIds).hasSize(7).isSorted();
        assertThat(tree.get("account").get("account_id").asLong()).isEqualTo(655464);
        assertThat(tree.get("salesiq_conversations").get(0).get("screen_name").asText()).isEqualTo("zylkerinc");
    }

    @Test
    void stateDumpDoesNotDependOnTheOrderOfChanges() {
        try (MockProvider other = MockProvider.start()) {
            TestApi states = TestApi.of(mock.providerStatesUrl(), null);
            TestApi otherStates = TestApi.of(other.providerStatesUrl(), null);
            states.post("", ProviderStatesTest.body("visitor b exists", "setup"));
            states.post("", ProviderStatesTest.body("visitor a exists", "setup"));
            otherStates.post("", ProviderStatesTest.body("visitor a exists", "setup"));
            otherStates.post("", ProviderStatesTest.body("visitor b exists", "setup"));

            assertThat(mock.stateDump()).isEqualTo(other.stateDump());
        }
    }

    @Test
    void stateDumpChangesAfterAWrite() {
        String before = mock.stateDump();

        api.delete("/chats/1234");
        api.delete("/chats/123");
        long created = createAgent("dumped@example.com");

        String after = mock.stateDump();
        assertThat(after).isNotEqualTo(before);
        assertThat(parse(after).get("chats")).hasSize(5);
        assertThat(ids(parse(after).get("agents"))).endsWith(created);
        assertThat(after).as("the created agent's password").doesNotContain("pw-dumped");
        assertThat(after).as("deleted ids are not listed").doesNotContain("deleted_chat_ids");
    }

    private static JsonNode fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return TestApi.MAPPER.valueToTree(names);
    }
}
