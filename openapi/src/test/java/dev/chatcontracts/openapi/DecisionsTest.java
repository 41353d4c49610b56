package dev.chatcontracts.openapi;

import dev.chatcontracts.openapi.model.BundledSpecs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.examples.DocumentedExample;
import dev.chatcontracts.openapi.examples.ExampleCollector;
import dev.chatcontracts.openapi.examples.ExampleValidator;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decisions where the sources leave room (issue 13), each pinned with the evidence its
 * {@code x-decision} names (the vendor file and line), and the disjoint chat branches.
 */
class DecisionsTest {

    private static final LoadedSpec ZENDESK = BundledSpecs.load("zendesk-chat");
    private static final LoadedSpec ZOHO = BundledSpecs.load("zoho-salesiq");

    @Test
    void onlyThePasswordIsRequiredToCreateAnAgent() {
        JsonNode agentCreate = schema("AgentCreate");

        assertThat(texts(agentCreate.at("/allOf/1/required"))).containsExactly("password");
        assertThat(agentCreate.path("x-decision").asText()).contains("002_7555cbb57667c5bd.txt lines 30-33", "required during creation");
    }

    @Test
    void anOfflineMessageIsCreatedWithoutADepartment() {
        JsonNode create = schema("OfflineMessageCreate");

        assertThat(create.path("properties").has("department_id")).isFalse();
        assertThat(texts(create.path("properties"), true)).containsExactly("visitor", "message", "type", "session", "timestamp");
        assertThat(create.path("x-decision").asText()).contains("001_b11c50a7dce2f3a2.txt", "lines 891-896", "lines 902-929");
    }

    @Test
    void startedByAndWebpathOfAnOfflineMessageAreDocumentedByItsExamples() {
        for (String name : List.of("started_by", "webpath")) {
            JsonNode property = schema("OfflineMessage").path("properties").path(name);
            assertThat(property.has("x-undocumented")).as(name).isFalse();
            assertThat(property.path("x-documented-in").asText()).as(name).isEqualTo("example");
            assertThat(property.path("x-decision").asText()).as(name).contains("001_b11c50a7dce2f3a2.txt line");
            assertThat(ZENDESK.tree().at("/components/examples/offlineMessageJsonFormat/value").has(name)).as(name).isTrue();
        }
    }

    @Test
    void theZohoScopeIsTheDocumentedName() throws Exception {
        JsonNode scheme = ZOHO.tree().at("/components/securitySchemes/zohoOAuth");
        JsonNode operation = ZOHO.tree().at("/paths/~1visitor~1v1~1{screen_name}~1conversations~1{conversation_id}~1visitor/put");

        assertThat(texts(scheme.path("x-oauth-scopes"), false)).containsExactly("conversations.UPDATE");
        assertThat(texts(operation.path("x-oauth-scopes"), false)).containsExactly("conversations.UPDATE");
        assertThat(scheme.path("x-decision").asText()).contains("003_fc3ad76e66733b9b.txt", "OAuth Scope: conversations.UPDATE");
        assertThat(Files.readString(Path.of("src/main/resources/openapi/zoho-salesiq.yaml"))).doesNotContain("SalesIQ.conversations");
    }

    @Test
    void aChatAndAnOfflineMessageEachRequireTheirOwnType() {
        for (String[] branch : new String[][] {{"Chat", "chat"}, {"OfflineMessage", "offline_msg"}}) {
            JsonNode schema = schema(branch[0]);
            assertThat(texts(schema.path("required"), false)).as(branch[0]).containsExactly("type");
            assertThat(texts(schema.at("/properties/type/enum"), false)).as(branch[0]).containsExactly(branch[1]);
            assertThat(schema.at("/properties/type/readOnly").asBoolean()).as("%s: type is never required in a request", branch[0]).isTrue();
        }
        assertThat(schema("ChatOrOfflineMessage").at("/discriminator/mapping")).hasSize(2);
    }

    @Test
    void updatingAChatNeedNotSendItsType() {
        ExampleValidator validator = new ExampleValidator(ZENDESK.tree());
        DocumentedExample update = new ExampleCollector().collect(ZENDESK).stream()
                .filter(e -> e.id().equals("updateChat request updateChat")).findFirst().orElseThrow();

        assertThat(update.value().has("type")).isFalse();
        assertThat(validator.validate(update)).isEmpty();
    }

    @Test
    void theReadmeTableStatesTheSameDecisions() throws Exception {
        String readme = Files.readString(Path.of("../src/docs/discrepancies.md"));

        assertThat(readme).contains("| required fields of `AgentCreate` | `password` only",
                "| `OfflineMessageCreate.department_id` | not declared",
                "| `OfflineMessage.started_by`, `webpath` | documented by example (`x-documented-in: example`)",
                "| Zoho SalesIQ OAuth scope | `conversations.UPDATE` |");
    }

    private static JsonNode schema(String name) {
        return ZENDESK.tree().path("components").path("schemas").path(name);
    }

    private static List<String> texts(JsonNode node) {
        return texts(node, false);
    }

    private static List<String> texts(JsonNode node, boolean fieldNames) {
        List<String> out = new ArrayList<>();
        if (fieldNames) {
            node.fieldNames().forEachRemaining(out::add);
        } else {
            node.forEach(v -> out.add(v.asText()));
        }
        return out;
    }
}
