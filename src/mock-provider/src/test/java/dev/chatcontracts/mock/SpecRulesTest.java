package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The field rules the mock derives from the specs, and how schemas become rules. */
class SpecRulesTest {

    @Test
    void visitorsCreatedIsReadOnlyAndNotesWritableAsTheSpecDecides() {
        for (Operation operation : new Operation[] {Operation.CREATE_VISITOR, Operation.UPDATE_VISITOR}) {
            FieldRules rules = SpecRules.request(operation);

            assertThat(rules.names(FieldRules.Field::readOnly)).as("D9").contains("created", "id", "external_id");
            assertThat(rules.names(field -> !field.readOnly())).as("D8").containsExactly("banned", "email", "name", "notes", "phone");
        }
    }

    @Test
    void agentsPasswordIsWriteOnlyAndRequiredOnCreate() {
        FieldRules create = SpecRules.request(Operation.CREATE_AGENT);

        assertThat(create.required()).contains("password");
        assertThat(create.names(FieldRules.Field::writeOnly)).containsExactly("password");
        assertThat(SpecRules.request(Operation.UPDATE_AGENT).required()).isEmpty();
        assertThat(create.names(FieldRules.Field::readOnly)).contains("id", "create_date", "roles", "departments", "scope");
    }

    @Test
    void theDocumentedIntegerFlagAndEpochTimestampAreAcceptedBesideTheirTypes() {
        ValueRule enabled = SpecRules.request(Operation.CREATE_AGENT).field("enabled").orElseThrow().rule();
        ValueRule timestamp = SpecRules.request(Operation.CREATE_CHAT).field("timestamp").orElseThrow().rule();
        ValueRule email = SpecRules.request(Operation.CREATE_AGENT).field("email").orElseThrow().rule();

        assertThat(enabled.accepts(json("1"))).as("D13").isTrue();
        assertThat(enabled.accepts(json("2"))).isFalse();
        assertThat(timestamp.accepts(json("\"2016-02-02T16:00:00Z\""))).as("D11").isTrue();
        assertThat(timestamp.accepts(json("\"yesterday\""))).isFalse();
        assertThat(email.accepts(json("5"))).as("D1's documented integer is not accepted").isFalse();
    }

    @Test
    void fieldsOnlyTheAnswerHasAreReadOnlyOnCreate() {
        FieldRules createChat = SpecRules.request(Operation.CREATE_CHAT);

        assertThat(createChat.names(FieldRules.Field::readOnly)).contains("id", "zendesk_ticket_id", "started_by", "webpath");
        assertThat(createChat.field("session").orElseThrow().rule().fields().keepsUnknown()).isTrue();
    }

    @Test
    void anOfflineMessageTakesItsWritableFieldsAndTheWriteOnlyVisitorName() {
        FieldRules rules = SpecRules.offlineMessageUpdate();

        assertThat(rules.names(field -> !field.readOnly())).containsExactlyInAnyOrder("unread", "visitor.name");
        assertThat(SpecRules.request(Operation.UPDATE_CHAT).names(field -> !field.readOnly()))
                .containsExactly("comment", "rating", "tags", "unread", "visitor.name");
    }

    @Test
    void everyOperationWithARequestBodyHasRules() {
        assertThat(SpecRules.all().requests().keySet()).containsExactlyInAnyOrder(Operation.UPDATE_ACCOUNT,
                Operation.CREATE_AGENT, Operation.UPDATE_REQUESTING_AGENT, Operation.UPDATE_AGENT, Operation.CREATE_CHAT,
                Operation.UPDATE_CHAT, Operation.CREATE_VISITOR, Operation.UPDATE_VISITOR, Operation.UPDATE_CONVERSATION_VISITOR);
        assertThatThrownBy(() -> SpecRules.request(Operation.SHOW_AGENT)).hasMessageContaining("showAgent");
    }

    @Test
    void allOfRefsAndLimitsBecomeRules() {
        SpecDocument spec = SpecDocument.parse("limits.yaml", """
                components:
                  schemas:
                    Base:
                      type: object
                      properties:
                        id: {type: integer, format: int64, readOnly: true}
                        size: {type: integer, format: int32, minimum: 1, maximum: 200}
                        code: {type: string, maxLength: 3, pattern: "^[A-Z]+$"}
                        kind: {type: string, nullable: true, enum: [a, b, null]}
                        tags: {type: array, maxItems: 2, items: {type: string}}
                        plan: {$ref: "#/components/schemas/Plan"}
                    Plan:
                      type: object
                      readOnly: true
                    Create:
                      allOf:
                        - $ref: "#/components/schemas/Base"
                        - type: object
                          required: [size]
                """);
        FieldRules rules = new SchemaCompiler(spec).objectRules("Thing", spec.at("#/components/schemas/Create"));

        assertThat(rules.required()).containsExactly("size");
        assertThat(rules.names(FieldRules.Field::readOnly)).containsExactly("id", "plan");
        assertThat(accepted(rules, "{\"size\":200,\"code\":\"ABC\",\"kind\":null,\"tags\":[\"x\",\"y\"]}")).isTrue();
        for (String wrong : new String[] {"{\"size\":0}", "{\"size\":201}", "{\"size\":3000000000}", "{\"code\":\"ABCD\"}",
            "{\"code\":\"ab\"}", "{\"kind\":\"c\"}", "{\"tags\":[\"x\",\"y\",\"z\"]}", "{\"tags\":[1]}"}) {
            assertThat(accepted(rules, wrong)).as(wrong).isFalse();
        }
        assertThatThrownBy(() -> rules.writableFields((com.fasterxml.jackson.databind.node.ObjectNode) json("{\"size\":0}"), false))
                .hasMessage("Thing field 'size' must be an integer (int32), at least 1, at most 200, got number 0");
        assertThatThrownBy(() -> rules.writableFields((com.fasterxml.jackson.databind.node.ObjectNode) json("{\"id\":1,\"x\":2}"), true))
                .hasMessage("Strict mode: Thing request sets read-only field(s) id and unknown field(s) x");
    }

    private static boolean accepted(FieldRules rules, String body) {
        return rules.check((com.fasterxml.jackson.databind.node.ObjectNode) json(body)).invalid().isEmpty();
    }

    private static JsonNode json(String text) {
        return Json.parseRequestBody(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
