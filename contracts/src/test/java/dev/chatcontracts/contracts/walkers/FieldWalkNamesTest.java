package dev.chatcontracts.contracts.walkers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.contracts.contract.ApiContract;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field walk tells, by its plans' names, whether an object repeats a member's name (the name check asks it). */
class FieldWalkNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each member name of {@code body} and what {@link FieldWalk#fieldName} told of it. */
    private static List<String> told(JsonNode document, JsonNode schema, String body) throws IOException {
        FieldWalk walk = new StreamingFieldWalker(document).start(schema);
        List<String> told = new ArrayList<>();
        try (JsonParser parser = JSON.getFactory().createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    told.add(parser.currentName() + " " + walk.fieldName(parser.currentName(), parser));
                } else {
                    walk.token(token, parser);
                }
            }
        }
        return told;
    }

    @Test
    void theNamesOfAnObjectsPlanAreToldFirstThenRepeatedAndOtherNamesAreNot() throws IOException {
        ApiContract zendesk = ApiContract.bundled("zendesk-chat");
        JsonNode document = zendesk.spec().tree();
        JsonNode chat = document.at("/components/schemas/ChatOrOfflineMessage");

        List<String> told = told(document, chat, """
                {"id":"1","zz":1,"visitor":{"name":"a","name":"b","zz":2,"zz":3},"id":"2","zz":4,
                 "history":[{"msg":"x","msg":"y"}],"session":{"browser":"F"},"type":"chat"}""");

        assertThat(told).containsExactly("id 0", "zz -1", "visitor 0", "name 0", "name 1", "zz -1", "zz -1", "id 1", "zz -1",
                "history 0", "msg 0", "msg 1", "session 0", "browser 0", "type 0");
    }

    @Test
    void nothingIsToldOutsideAWalkedObject() throws IOException {
        ApiContract zendesk = ApiContract.bundled("zendesk-chat");
        JsonNode document = zendesk.spec().tree();
        JsonNode chat = document.at("/components/schemas/ChatOrOfflineMessage");

        assertThat(told(document, chat, "{\"engagements\":[{\"a\":1,\"a\":2}],\"type\":\"chat\"}"))
                .as("the items of an undeclared-shape array are not walked: their names are the parser's to check")
                .containsExactly("engagements 0", "a -1", "a -1", "type 0");
    }
}
