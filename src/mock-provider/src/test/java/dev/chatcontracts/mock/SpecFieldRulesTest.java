package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every property of every request schema of both specs (read from the spec by the test, not listed by
 * hand), nested object properties too, and checks that the mock follows the spec: a writable field sent on
 * create or update is stored and returned (a write-only one is accepted, never returned, and takes effect); a
 * read-only one is ignored by default and a 400 that changes nothing in strict mode; a missing required one is
 * a 400 on create that changes nothing.
 */
class SpecFieldRulesTest {

    /** The seed's ids used to fill path parameters. */
    private static final Map<String, String> PATH_VALUES = Map.of("agent_id", "360000000005", "chat_id", "123",
            "visitor_id", "1", "screen_name", "zylkerinc", "conversation_id", "666300030000479029");
    /** Update visitor information answers the visitor under data.visitor, its last_name as name (D19). */
    private static final String SALESIQ_ANSWER_ROOT = "data/visitor";
    private static final Map<String, String> SALESIQ_RENAMED = Map.of("last_name", "name");

    enum Kind { WRITABLE, READ_ONLY, REQUIRED }

    /**
     * One property of a request schema.
     *
     * @param vendor      whose spec
     * @param operationId the operation
     * @param path        the property's names from the body's root, e.g. [billing, city]
     * @param schema      its schema (unresolved)
     * @param writeOnly   whether it is write-only
     * @param kind        what is checked
     */
    record FieldCase(Vendor vendor, String operationId, List<String> path, JsonNode schema, boolean writeOnly, Kind kind) {

        String name() {
            return path.get(path.size() - 1);
        }

        @Override
        public String toString() {
            return operationId + " " + String.join(".", path) + ": " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-') + (writeOnly ? " (write-only)" : "");
        }
    }

    static Stream<FieldCase> requestFields() {
        List<FieldCase> cases = new ArrayList<>();
        for (Vendor vendor : Vendor.values()) {
            JsonNode spec = SpecTrees.of(vendor);
            spec.get("paths").forEach(item -> item.forEach(operation -> {
                if (!operation.has("requestBody")) {
                    return;
                }
                String id = operation.get("operationId").asText();
                JsonNode schema = SpecTrees.schema(spec, SpecTrees.schema(spec, operation.get("requestBody"))
                        .get("content").get("application/json").get("schema"));
                walk(vendor, spec, id, schema, List.of(), cases);
                if (SpecTrees.operation(spec, id).method().equals("POST")) {
                    schema.path("required").forEach(name -> cases.add(new FieldCase(vendor, id, List.of(name.asText()),
                            schema.get("properties").get(name.asText()), false, Kind.REQUIRED)));
                }
            }));
        }
        return cases.stream();
    }

    private static void walk(Vendor vendor, JsonNode spec, String id, JsonNode object, List<String> prefix, List<FieldCase> cases) {
        object.path("properties").properties().forEach(property -> {
            JsonNode schema = SpecTrees.schema(spec, property.getValue());
            List<String> path = new ArrayList<>(prefix);
            path.add(property.getKey());
            boolean readOnly = schema.path("readOnly").asBoolean(false);
            cases.add(new FieldCase(vendor, id, List.copyOf(path), property.getValue(), schema.path("writeOnly").asBoolean(false),
                    readOnly ? Kind.READ_ONLY : Kind.WRITABLE));
            if (!readOnly && schema.has("properties")) {
                walk(vendor, spec, id, schema, path, cases);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestFields")
    void everyRequestFieldFollowsTheSpec(FieldCase field) {
        switch (field.kind()) {
            case WRITABLE -> {
                checkWritable(field, false);
                checkWritable(field, true);
            }
            case READ_ONLY -> checkReadOnly(field);
            case REQUIRED -> checkRequired(field);
            default -> throw new IllegalStateException();
        }
    }

    @org.junit.jupiter.api.Test
    void theWalkCoversEveryRequestBodyAndTheKnownDiscrepancies() {
        List<String> cases = requestFields().map(FieldCase::toString).toList();

        assertThat(cases).contains("createVisitor created: read-only", "updateVisitor created: read-only",
                "createVisitor notes: writable", "updateVisitor notes: writable", "createAgent password: writable (write-only)",
                "createAgent password: required", "createChat timestamp: required", "updateAccount billing.cycle: writable",
                "updateChat visitor.name: writable (write-only)", "updateConversationVisitor last_name: writable");
        assertThat(requestFields().map(FieldCase::operationId).distinct()).containsExactlyInAnyOrder("updateAccount",
                "createAgent", "updateRequestingAgent", "updateAgent", "createChat", "updateChat", "createVisitor",
                "updateVisitor", "updateConversationVisitor");
    }

    private static void checkWritable(FieldCase field, boolean strict) {
        try (MockProvider mock = MockProvider.builder().strict(strict).build().start()) {
            Target target = Target.of(mock, field);
            JsonNode before = target.read(null);
            JsonNode value = SpecSamples.value(SpecTrees.of(field.vendor()), field.schema(), at(before, field), field.name());
            ObjectNode body = target.baseBody();
            set(body, field.path(), value);

            TestApi.Reply reply = target.send(body);

            assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
            if (field.writeOnly()) {
                assertThat(reply.json().at(pointer(field.path())).isMissingNode()).as("never returned").isTrue();
                assertWriteOnlyEffect(field, mock, reply.json(), value);
            } else {
                assertThat(SpecSamples.shows(value, at(reply.json(), field))).as("returned: " + value + " in " + reply.body()).isTrue();
                JsonNode after = target.read(reply.json());
                if (after != null) {
                    assertThat(SpecSamples.shows(value, at(after, field))).as("stored: " + value + " in " + after).isTrue();
                }
            }
            assertThat(mock.unexpectedFailures()).isZero();
        }
    }

    /** What a write-only field does: a password logs the agent in, {@code visitor.name} renames the visitor (D10). */
    private static void assertWriteOnlyEffect(FieldCase field, MockProvider mock, JsonNode answer, JsonNode value) {
        switch (field.name()) {
            case "password" -> {
                String email = answer.path("email").asText();
                if (email.isEmpty()) { // created without one (the spec may not require it): give it one to log in with
                    email = "write-only@example.com";
                    TestApi.zendesk(mock).put("/agents/" + answer.get("id").asText(), "{\"email\":\"" + email + "\"}");
                }
                assertThat(TestApi.zendesk(mock).as(Credentials.basicAuthorization(email, value.asText()))
                        .get("/agents/me").status()).isEqualTo(200);
            }
            case "visitor.name" -> assertThat(answer.at("/visitor/name")).isEqualTo(value);
            default -> throw new AssertionError("The spec has a new write-only field " + field + ": say what it does here");
        }
    }

    private static void checkReadOnly(FieldCase field) {
        JsonNode value;
        try (MockProvider mock = MockProvider.start()) {
            Target target = Target.of(mock, field);
            JsonNode before = target.read(null);
            value = SpecSamples.value(SpecTrees.of(field.vendor()), field.schema(), at(before, field), field.name());
            ObjectNode body = target.baseBody();
            set(body, field.path(), value);

            TestApi.Reply reply = target.send(body);

            assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
            // a one-value enum (Chat.type: [chat]) leaves no other value to send: then only "unchanged" tells
            boolean distinct = before == null || !SpecSamples.shows(value, at(before, field));
            if (distinct) {
                assertThat(SpecSamples.shows(value, at(reply.json(), field))).as("ignored: " + value + " in " + reply.body()).isFalse();
            }
            JsonNode after = target.read(reply.json());
            if (after != null && distinct) {
                assertThat(SpecSamples.shows(value, at(after, field))).as("not stored").isFalse();
            }
            if (before != null) {
                assertThat(at(after, field)).as("unchanged").isEqualTo(at(before, field));
            }
        }
        try (MockProvider strict = MockProvider.builder().strict(true).build().start()) {
            Target target = Target.of(strict, field);
            ObjectNode body = target.baseBody();
            set(body, field.path(), value);
            String state = strict.stateDump();

            TestApi.Reply reply = target.send(body);

            assertRefused(reply, field);
            assertThat(strict.stateDump()).as("nothing changed").isEqualTo(state);
        }
    }

    private static void checkRequired(FieldCase field) {
        try (MockProvider mock = MockProvider.start()) {
            Target target = Target.of(mock, field);
            ObjectNode body = target.baseBody();
            body.remove(field.name());
            String state = mock.stateDump();

            TestApi.Reply reply = target.send(body);

            assertRefused(reply, field);
            assertThat(mock.stateDump()).as("nothing changed").isEqualTo(state);
        }
    }

    private static void assertRefused(TestApi.Reply reply, FieldCase field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        JsonNode error = reply.json();
        String message = error.has("description") ? error.get("description").asText() : error.path("error").path("message").asText();
        assertThat(message).contains(field.name());
    }

    /** The field's value in an answer (null answer: none). */
    private static JsonNode at(JsonNode answer, FieldCase field) {
        if (answer == null) {
            return null;
        }
        List<String> path = new ArrayList<>(field.path());
        if (field.vendor() == Vendor.ZOHO_SALESIQ) {
            path.replaceAll(name -> SALESIQ_RENAMED.getOrDefault(name, name));
            path.addAll(0, List.of(SALESIQ_ANSWER_ROOT.split("/")));
        }
        return answer.at(pointer(path));
    }

    private static JsonPointer pointer(List<String> path) {
        JsonPointer pointer = JsonPointer.empty();
        for (String name : path) {
            pointer = pointer.appendProperty(name);
        }
        return pointer;
    }

    private static void set(ObjectNode body, List<String> path, JsonNode value) {
        ObjectNode parent = body;
        for (String name : path.subList(0, path.size() - 1)) {
            parent = parent.withObjectProperty(name);
        }
        parent.set(path.get(path.size() - 1), value);
    }

    /**
     * Where a case's operation is called and read back.
     *
     * @param api       a client of the operation's vendor
     * @param method    the operation's method
     * @param path      its path, parameters filled from the seed
     * @param readPath  the path of the matching read (the same path, or the created resource's path with
     *                  {@code {id}}), or null when the spec has none
     * @param spec      the vendor's spec
     * @param schema    the request schema
     */
    private record Target(TestApi api, String method, String path, String readPath, JsonNode spec, JsonNode schema) {

        static Target of(MockProvider mock, FieldCase field) {
            JsonNode spec = SpecTrees.of(field.vendor());
            SpecTrees.OperationAt operation = SpecTrees.operation(spec, field.operationId());
            TestApi api = field.vendor() == Vendor.ZOHO_SALESIQ ? TestApi.salesIq(mock) : TestApi.zendesk(mock);
            String readPath = null;
            for (Map.Entry<String, JsonNode> item : spec.get("paths").properties()) {
                boolean same = item.getKey().equals(operation.path()) && !operation.method().equals("POST");
                boolean created = operation.method().equals("POST") && item.getKey().matches(java.util.regex.Pattern.quote(operation.path()) + "/\\{[a-z_]+}");
                if ((same || created) && item.getValue().has("get")) {
                    readPath = created ? item.getKey().replaceAll("\\{[a-z_]+}$", "{id}") : fill(item.getKey());
                }
            }
            JsonNode schema = SpecTrees.schema(spec, SpecTrees.schema(spec, operation.operation().get("requestBody"))
                    .get("content").get("application/json").get("schema"));
            return new Target(api, operation.method(), fill(operation.path()), readPath, spec, schema);
        }

        private static String fill(String template) {
            String path = template;
            for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            return path;
        }

        /** A create's required fields, built from the schema; an update's empty object. */
        ObjectNode baseBody() {
            ObjectNode body = Json.object();
            if (method.equals("POST")) {
                schema.path("required").forEach(name -> body.set(name.asText(),
                        SpecSamples.value(spec, schema.get("properties").get(name.asText()), null, name.asText())));
            }
            return body;
        }

        TestApi.Reply send(ObjectNode body) {
            return api.send(method, path, body.toString());
        }

        /** The resource as read back: the updated one, or the created one ({@code answer}'s id); null without a read. */
        JsonNode read(JsonNode answer) {
            if (readPath == null || method.equals("POST") && answer == null) {
                return null;
            }
            String concrete = readPath.replace("{id}", answer == null ? "" : answer.path("id").asText());
            TestApi.Reply reply = api.get(concrete);
            assertThat(reply.status()).as("GET " + concrete + ": " + reply.body()).isEqualTo(200);
            return reply.json();
        }
    }
}
