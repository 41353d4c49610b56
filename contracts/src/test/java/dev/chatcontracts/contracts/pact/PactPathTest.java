package dev.chatcontracts.contracts.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PactPathTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "$                       | ''",
        "$.id                    | /id",
        "$.chats[*].unread       | /chats/*/unread",
        "$.chats[0].unread       | /chats/0/unread",
        "$['visitor.name']       | /visitor.name",
        "$[\"a/b\"].c            | /a~1b/c",
        "$.docs.*.id             | /docs/*/id",
        "$.data.visitor-id       | /data/visitor-id"})
    void pathsBecomePointers(String path, String pointer) {
        assertThat(PactPath.parse(path)).hasValueSatisfying(parsed -> assertThat(parsed.pointer()).isEqualTo(pointer));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id", "$.", "$.id[", "$[x]", "$..id", "$.a[']"})
    void otherTextIsNoPath(String path) {
        assertThat(PactPath.parse(path)).isEmpty();
    }

    @Test
    void wildcardsSelectEveryValue() throws Exception {
        JsonNode body = new ObjectMapper().readTree("{\"chats\": [{\"id\": 1}, {\"id\": 2}, {}], \"docs\": {\"a\": {\"id\": 3}}}");

        assertThat(PactPath.parse("$.chats[*].id").orElseThrow().valuesIn(body)).extracting(JsonNode::asInt).containsExactly(1, 2);
        assertThat(PactPath.parse("$.docs.*.id").orElseThrow().valuesIn(body)).extracting(JsonNode::asInt).containsExactly(3);
        assertThat(PactPath.parse("$.missing[0]").orElseThrow().valuesIn(body)).isEmpty();
    }
}
