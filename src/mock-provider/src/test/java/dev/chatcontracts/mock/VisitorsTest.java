package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitorsTest extends MockTestSupport {

    private static final String DOCUMENTED_CREATE =
            json("{'name':'Visitor 1','email':'visitor@example.com','notes':'This visitor is really cool.','phone':'+65 12345678'}");

    @Test
    void createAnswers201WithAStringIdInTheLiveShape() {
        TestApi.Reply reply = api.post("/visitors", DOCUMENTED_CREATE);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode visitor = reply.json();
        assertThat(visitor.get("id").isTextual()).isTrue();
        assertThat(visitor.get("id").asText()).matches("655464\\.[0-9A-Za-z]{10}");
        assertThat(visitor.get("banned").isBoolean()).isTrue();
        assertThat(visitor.get("created").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(visitor.get("notes").asText()).isEqualTo("This visitor is really cool.");
        assertThat(texts(fieldNames(visitor)))
                .containsExactly("banned", "created", "email", "external_id", "id", "name", "notes", "phone");
    }

    @Test
    void aCreatedVisitorCanBeShownAndUpdated() {
        String id = api.post("/visitors", DOCUMENTED_CREATE).json().get("id").asText();

        TestApi.Reply update = api.put("/visitors/" + id, json("{'name':'John','banned':true}"));

        assertThat(update.status()).isEqualTo(200);
        JsonNode shown = api.get("/visitors/" + id).json();
        assertThat(shown.get("name").asText()).isEqualTo("John");
        assertThat(shown.get("banned").asBoolean()).isTrue();
        assertThat(shown.get("email").asText()).isEqualTo("visitor@example.com");
    }

    @Test
    void theDocumentedVisitorOneIsSeeded() {
        JsonNode visitor = api.get("/visitors/1").json();

        assertThat(visitor.get("id").asText()).isEqualTo("1");
        assertThat(visitor.get("external_id").asText()).isEqualTo("john_extid");
    }

    @Test
    void updateIgnoresReadOnlyFieldsByDefaultAndWritesNotes() {
        JsonNode updated = api.put("/visitors/1", json("{'id':'2','external_id':'x','created':'2020-01-01T00:00:00Z','notes':'y','name':'John'}"))
                .json();

        assertThat(updated.get("id").asText()).isEqualTo("1");
        assertThat(updated.get("external_id").asText()).isEqualTo("john_extid");
        assertThat(updated.get("created").asText()).as("read-only (D9)").isEqualTo("2014-09-01T10:29:59Z");
        assertThat(updated.get("notes").asText()).as("writable (D8)").isEqualTo("y");
        assertThat(updated.get("name").asText()).isEqualTo("John");
        assertThat(api.get("/visitors/1").json().get("notes").asText()).isEqualTo("y");
    }

    @Test
    void strictModeRejectsReadOnlyFieldsOnCreateAndUpdate() {
        try (MockProvider strict = MockProvider.builder().strict(true).start()) {
            TestApi strictApi = TestApi.zendesk(strict);

            TestApi.Reply documented = strictApi.post("/visitors", DOCUMENTED_CREATE);
            TestApi.Reply create = strictApi.post("/visitors", json("{'name':'x','created':'2020-01-01T00:00:00Z'}"));
            TestApi.Reply update = strictApi.put("/visitors/1", json("{'external_id':'x','name':'John'}"));

            assertThat(documented.status()).as("notes is writable (D8)").isEqualTo(201);
            assertThat(create.status()).isEqualTo(400);
            assertThat(create.json().get("description").asText()).contains("created");
            assertThat(update.status()).isEqualTo(400);
            assertThat(update.json().get("description").asText()).contains("external_id");
            assertThat(strictApi.get("/visitors/1").json().get("name").asText()).isEqualTo("Visitor 1");
        }
    }

    @Test
    void unknownVisitorsAreNotFound() {
        assertThat(api.get("/visitors/655464.missing").status()).isEqualTo(404);
        assertThat(api.put("/visitors/655464.missing", json("{'name':'x'}")).status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "banned as a string|{\"banned\":\"yes\"}|banned",
        "name as a number|{\"name\":5}|name",
        "notes as a number|{\"notes\":5}|notes",
        "body an array|[]|object"})
    void wronglyTypedFieldsAreBadRequests(String rule, String body, String named) {
        TestApi.Reply reply = api.put("/visitors/1", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("description").asText()).contains(named);
    }

    private static JsonNode fieldNames(JsonNode object) {
        var names = TestApi.MAPPER.createArrayNode();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
