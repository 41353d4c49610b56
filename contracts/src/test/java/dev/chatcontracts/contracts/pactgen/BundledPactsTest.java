package dev.chatcontracts.contracts.pactgen;

import dev.chatcontracts.openapi.testing.OutputTrees;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.chatcontracts.openapi.schema.JsonSchemaConverter;
import dev.chatcontracts.openapi.schema.SchemaView;
import dev.chatcontracts.openapi.model.ApiOperation;
import dev.chatcontracts.openapi.model.BundledSpecs;
import dev.chatcontracts.openapi.model.SpecOperations;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The pacts of the bundled Zendesk Chat and Zoho SalesIQ specs, in both Pact versions. */
class BundledPactsTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build()));

    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void noCredentialIsWrittenAnywhere(PactSpecVersion version) throws Exception {
        PactResult result = generate(BundledSpecs.all(), version);

        assertThat(result.files().files()).hasSize(2);
        for (Path file : result.files().files()) {
            assertThat(Files.readString(file).toLowerCase(Locale.ROOT)).doesNotContain("authorization", "bearer", "oauthtoken", "api_key");
            for (JsonNode interaction : Pacts.read(file).get("interactions")) {
                assertThat(headerNames(interaction.at("/request/headers"))).isSubsetOf("Content-Type", "Accept");
                assertThat(headerNames(interaction.at("/response/headers"))).isSubsetOf("Content-Type");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void everyDescriptionIsUniqueAndOutputIsDeterministic(PactSpecVersion version, @TempDir Path second) {
        generate(BundledSpecs.all(), version);
        new PactGenerator().generate(PactOptions.builder().specs(BundledSpecs.all()).outputDir(second).version(version).build());

        assertThat(OutputTrees.read(second)).isEqualTo(OutputTrees.read(out));
        for (JsonNode pact : pacts()) {
            assertThat(pact.get("interactions")).extracting(i -> i.get("description").asText()).doesNotHaveDuplicates();
            assertThat(pact.at("/metadata/pactSpecification/version").asText()).isEqualTo(version.version());
            assertThat(pact.get("metadata").has("pactJvm")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void everyResponseBodyConformsToTheResponseViewAndEveryRequestBodyToTheRequestView(PactSpecVersion version) {
        generate(BundledSpecs.all(), version);

        int checked = 0;
        for (LoadedSpec spec : BundledSpecs.all()) {
            JsonSchemaConverter converter = new JsonSchemaConverter(spec.tree());
            Map<String, ApiOperation> operations = SpecOperations.list(spec).stream()
                    .collect(Collectors.toMap(ApiOperation::operationId, o -> o));
            for (JsonNode interaction : Pacts.read(out.resolve("chat-contracts-consumer-" + spec.name() + ".json")).get("interactions")) {
                ApiOperation operation = operations.get(interaction.get("description").asText().split(" ")[0]);
                String status = interaction.at("/response/status").asText();
                JsonNode schema = operation.responseSchemas().get(status);
                if (schema == null) {
                    assertThat(interaction.get("response").has("body")).as(interaction.get("description").asText()).isFalse();
                } else {
                    Schema response = REGISTRY.getSchema(converter.document(schema, SchemaView.RESPONSE));
                    assertThat(response.validate(Pacts.body(interaction.get("response")))).as(interaction.get("description").asText()).isEmpty();
                }
                if (operation.requestSchema().isPresent() && interaction.get("request").has("body")) {
                    Schema request = REGISTRY.getSchema(converter.document(operation.requestSchema().get(), SchemaView.REQUEST));
                    assertThat(request.validate(Pacts.body(interaction.get("request")))).as(interaction.get("description").asText()).isEmpty();
                }
                checked++;
            }
        }
        assertThat(checked).as("24 documented success examples (6 corrected, 1 built from the schema), 2 deletes, 8 errors: 401 x2, 404 x4, 400 x2").isEqualTo(34);
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void everyMatchingRuleSelectsValuesOfTheBodyThatItAccepts(PactSpecVersion version) {
        generate(BundledSpecs.all(), version);

        for (JsonNode pact : pacts()) {
            for (JsonNode interaction : pact.get("interactions")) {
                JsonNode body = Pacts.body(interaction.get("response"));
                interaction.at("/response/matchingRules/body").fields().forEachRemaining(rule -> {
                    List<JsonNode> values = Pacts.select(body, rule.getKey());
                    assertThat(values).as("%s %s", interaction.get("description").asText(), rule.getKey()).isNotEmpty();
                    values.forEach(value -> assertThat(accepts(rule.getValue(), value))
                            .as("%s %s accepts %s", interaction.get("description").asText(), rule.getKey(), value).isTrue());
                });
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void readOnlyFieldsNeverReachARequestBody(PactSpecVersion version) {
        LoadedSpec zendesk = BundledSpecs.zendesk();
        ObjectNode example = (ObjectNode) zendesk.tree().at("/components/examples/createVisitorRequest/value");
        example.put("id", "1.999").put("external_id", "ext-1").put("created", "2014-09-01T10:29:59Z");

        PactResult result = generate(List.of(zendesk), version);

        JsonNode createVisitor = interaction("zendesk-chat", "createVisitor createVisitor (corrected: D5)");
        assertThat(Pacts.body(createVisitor.get("request")).has("id")).isFalse();
        assertThat(Pacts.body(createVisitor.get("request")).has("external_id")).isFalse();
        assertThat(Pacts.body(createVisitor.get("request"))).isEqualTo(dev.chatcontracts.openapi.testing.Fixtures.json(
                "{'name':'Visitor 1','email':'[email\u00a0protected]','notes':'This visitor is really cool.','phone':'+65 12345678'}"));
        assertThat(result.adjustments()).contains("zendesk-chat createVisitor createVisitor (corrected: D5): request example createVisitor"
                + " without /id (read-only), /external_id (read-only), /created (read-only)");
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void everyOperationOfBothSpecsHasAnInteraction(PactSpecVersion version) {
        PactResult result = generate(BundledSpecs.all(), version);

        List<String> operations = BundledSpecs.all().stream().flatMap(spec -> SpecOperations.list(spec).stream())
                .map(ApiOperation::operationId).toList();
        List<String> covered = pacts().stream().flatMap(pact -> Pacts.stream(pact.get("interactions")))
                .map(i -> i.get("description").asText().split(" ")[0]).distinct().toList();
        assertThat(operations).hasSize(21);
        assertThat(covered).containsExactlyInAnyOrderElementsOf(operations);
        assertThat(result.uncovered()).isEmpty();
        assertThat(result.skipped()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void examplesTheDocumentationGotWrongAreCorrectedAndNamed(PactSpecVersion version) {
        PactResult result = generate(BundledSpecs.all(), version);

        assertThat(result.adjustments()).containsExactly(
                "zendesk-chat listAgents listAgents (corrected: D13): response example /0/enabled 1 -> true (D13)",
                "zendesk-chat createAgent createAgent: request example createAgent without /enabled (x-violates D13)",
                "zendesk-chat createVisitor createVisitor (corrected: D5): response example /id 1 -> \"1\" (D5)",
                "zendesk-chat showVisitor showVisitor (corrected: D5): response example /id 1 -> \"1\" (D5)",
                "zendesk-chat showVisitor visitorJsonFormat (corrected: D5): response example /id 1 -> \"1\" (D5)",
                "zendesk-chat updateVisitor updateVisitor (corrected: D5): response example /id 1 -> \"1\" (D5)");
        JsonNode visitor = interaction("zendesk-chat", "showVisitor showVisitor (corrected: D5)");
        assertThat(Pacts.body(visitor.get("response")).get("id").isTextual()).isTrue();
        JsonNode agents = Pacts.body(interaction("zendesk-chat", "listAgents listAgents (corrected: D13)").get("response"));
        assertThat(agents.at("/0/enabled").isBoolean()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void operationsWithoutADocumentedBodyGetOneBuiltFromTheSchema(PactSpecVersion version) {
        generate(BundledSpecs.all(), version);

        JsonNode list = interaction("zendesk-chat", "listChats listChats (from the schema)");
        JsonNode chat = Pacts.body(list.get("response")).at("/chats/0");
        assertThat(chat.get("type").asText()).isEqualTo("chat");
        assertThat(chat.has("duration")).as("a Chat-only property: the list also holds offline messages").isFalse();
        assertThat(list.at("/response/matchingRules/body/$.chats/matchers/0/min").asInt()).isEqualTo(1);

        JsonNode delete = interaction("zendesk-chat", "deleteAgent 204 from the schema");
        assertThat(delete.at("/response/status").asInt()).isEqualTo(204);
        assertThat(delete.get("response").has("body")).isFalse();
        assertThat(delete.at("/providerStates/0/name").asText()).isEqualTo("agent 1003 exists");
        JsonNode byIds = interaction("zendesk-chat", "listChats listChatsByIds (from the schema)");
        String ids = byIds.at("/request/query/ids/0").asText();
        assertThat(ids.split(",")).hasSize(2);
        JsonNode docs = Pacts.body(byIds.get("response")).get("docs");
        List<String> keys = new ArrayList<>();
        docs.fieldNames().forEachRemaining(keys::add);
        assertThat(String.join(",", keys)).isEqualTo(ids);
        assertThat(byIds.get("providerStates")).extracting(s -> s.get("name").asText())
                .containsExactly("chat " + keys.get(0) + " exists", "chat " + keys.get(1) + " exists");
        assertThat(docs.get(keys.get(0)).get("type").asText()).isEqualTo("chat");
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void theDocumentedErrorsHaveInteractionsWithTheirOwnStates(PactSpecVersion version) {
        generate(BundledSpecs.all(), version);

        JsonNode unauthorized = interaction("zendesk-chat", "showAccount 401 without credentials");
        assertThat(unauthorized.at("/providerStates/0/name").asText()).isEqualTo(PactStates.NO_CREDENTIALS);
        assertThat(interaction("zoho-salesiq", "updateConversationVisitor 401 without credentials").get("providerStates"))
                .extracting(s -> s.get("name").asText()).endsWith(PactStates.NO_CREDENTIALS);
        assertThat(interaction("zendesk-chat", "showAgent 404 unknown agent").at("/providerStates/0/name").asText())
                .isEqualTo("agent 999 does not exist");
        assertThat(interaction("zendesk-chat", "showAgent 404 unknown agent").at("/request/path").asText())
                .isEqualTo("/api/v2/chat/agents/999");
        assertThat(interaction("zendesk-chat", "showChat 404 unknown chat").at("/providerStates/0/name").asText()).endsWith(" does not exist");
        assertThat(interaction("zendesk-chat", "showVisitor 404 unknown visitor").at("/response/status").asInt()).isEqualTo(404);
        JsonNode limit = interaction("zendesk-chat", "listAgents 400 limit above the maximum");
        assertThat(limit.at("/request/query/limit/0").asText()).isEqualTo("201");
        assertThat(Pacts.body(limit.get("response")).has("error")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void noTwoInteractionsShareAResourceOrNeedContradictoryStates(PactSpecVersion version) {
        generate(BundledSpecs.all(), version);

        Map<String, String> owner = new java.util.HashMap<>();
        for (JsonNode pact : pacts()) {
            for (JsonNode interaction : pact.get("interactions")) {
                for (JsonNode state : interaction.path("providerStates")) {
                    String name = state.get("name").asText();
                    if (name.equals(PactStates.NO_CREDENTIALS) || name.startsWith("agent with e-mail agentsmith")) {
                        continue;
                    }
                    String resource = name.replaceFirst(" (exists|does not exist)$", "").replaceFirst("^offline message ", "chat ");
                    String previous = owner.putIfAbsent(resource, interaction.get("description").asText());
                    assertThat(previous).as("%s is needed by %s and %s", resource, previous, interaction.get("description").asText()).isNull();
                }
            }
        }
        assertThat(owner).hasSizeGreaterThan(15);
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void pathsAreTheFullRequestPathsAndStatesNameTheirResources(PactSpecVersion version) {
        generate(BundledSpecs.all(), version);

        JsonNode zoho = interaction("zoho-salesiq", "updateConversationVisitor updateConversationVisitor");
        assertThat(zoho.at("/request/path").asText()).isEqualTo("/api/visitor/v1/zylkerinc/conversations/666300030000900001/visitor");
        assertThat(zoho.get("providerStates")).isEqualTo(dev.chatcontracts.openapi.testing.Fixtures.json("""
                [{'name':'conversation 666300030000900001 of zylkerinc exists',
                  'params':{'conversation_id':'666300030000900001','screen_name':'zylkerinc'}}]"""));
        JsonNode showAgent = interaction("zendesk-chat", "showAgent showAgent");
        assertThat(showAgent.at("/request/path").asText()).isEqualTo("/api/v2/chat/agents/1001");
        assertThat(showAgent.at("/providerStates/0/params/agent_id").isIntegralNumber()).isTrue();
        assertThat(Pacts.body(showAgent.get("response")).get("id").asLong()).isEqualTo(1001);
        assertThat(interaction("zendesk-chat", "showAgentByEmail showAgentByEmail").at("/request/path").asText())
                .isEqualTo("/api/v2/chat/agents/email/pact-agent-01@example.com");
        assertThat(interaction("zendesk-chat", "showChat offlineMessageJsonFormat").at("/providerStates/0/name").asText())
                .startsWith("offline message ");
        assertThat(interaction("zendesk-chat", "showChat chatJsonFormat").at("/providerStates/0/name").asText()).startsWith("chat ");
        assertThat(interaction("zendesk-chat", "createAgent createAgent").at("/providerStates/0/name").asText())
                .isEqualTo("agent with e-mail agentsmith@agency.com does not exist");
        assertThat(interaction("zendesk-chat", "searchChats searchChats").at("/request/query/q/0").asText())
                .isEqualTo("agent_names:Tom AND visitor_name:Harry");
        assertThat(interaction("zendesk-chat", "updateChat updateChat").at("/response/matchingRules/body").has("$.visitor.name")).isTrue();
        for (JsonNode pact : pacts()) {
            assertThat(pact.at("/metadata/chatContracts/basePath").asText()).isIn("/api/v2/chat", "/api");
        }
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void pathsTakeTheValuesOfTheirProviderStatesThroughGenerators(PactSpecVersion version) {
        generate(BundledSpecs.all(), version);

        int generated = 0;
        for (JsonNode pact : pacts()) {
            for (JsonNode interaction : pact.get("interactions")) {
                JsonNode generator = interaction.at("/request/generators/path");
                if (generator.isMissingNode()) {
                    continue;
                }
                generated++;
                assertThat(generator.get("type").asText()).isEqualTo("ProviderState");
                String path = generator.get("expression").asText();
                for (JsonNode state : interaction.get("providerStates")) {
                    for (var param = state.path("params").fields(); param.hasNext();) {
                        var entry = param.next();
                        path = path.replace("${" + entry.getKey() + "}", entry.getValue().asText());
                    }
                }
                assertThat(path).as(interaction.get("description").asText()).isEqualTo(interaction.at("/request/path").asText());
            }
        }
        assertThat(generated).isEqualTo(18);
        assertThat(interaction("zendesk-chat", "deleteChat 204 from the schema").at("/providerStates/0/name").asText())
                .startsWith("offline message ");
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void aBasePathOptionServesTheLegacyLayout(PactSpecVersion version) {
        new PactGenerator().generate(PactOptions.builder().specs(BundledSpecs.all()).outputDir(out).version(version)
                .basePath("zendesk-chat", "/api/v2").build());

        assertThat(interaction("zendesk-chat", "showAgent showAgent").at("/request/path").asText()).isEqualTo("/api/v2/agents/1001");
        assertThat(Pacts.read(out.resolve("chat-contracts-consumer-zendesk-chat.json")).at("/metadata/chatContracts/basePath").asText())
                .isEqualTo("/api/v2");
        assertThat(interaction("zoho-salesiq", "updateConversationVisitor updateConversationVisitor").at("/request/path").asText())
                .startsWith("/api/visitor/v1/");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PactOptions.builder().specs(BundledSpecs.all()).outputDir(out)
                .basePath("zendesk-chat", "api/v2/").build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zendesk-chat");
    }

    private JsonNode interaction(String spec, String description) {
        JsonNode pact = Pacts.read(out.resolve("chat-contracts-consumer-" + spec + ".json"));
        for (JsonNode interaction : pact.get("interactions")) {
            if (interaction.get("description").asText().equals(description)) {
                return interaction;
            }
        }
        throw new AssertionError("no interaction " + description);
    }

    private List<JsonNode> pacts() {
        return OutputTrees.read(out).keySet().stream().map(f -> Pacts.read(out.resolve(f))).toList();
    }

    private PactResult generate(List<LoadedSpec> specs, PactSpecVersion version) {
        return new PactGenerator().generate(PactOptions.builder().specs(specs).outputDir(out).version(version).build());
    }

    private static List<String> headerNames(JsonNode headers) {
        List<String> names = new ArrayList<>();
        headers.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Whether a rule accepts a value: the matchers' plain meaning, combined with AND or OR. */
    private static boolean accepts(JsonNode rule, JsonNode value) {
        Stream<Boolean> results = Stream.of(rule.get("matchers")).flatMap(m -> {
            List<Boolean> each = new ArrayList<>();
            m.forEach(matcher -> each.add(accepts(matcher.get("match").asText(), matcher, value)));
            return each.stream();
        });
        return rule.path("combine").asText("AND").equals("OR") ? results.anyMatch(b -> b) : results.allMatch(b -> b);
    }

    private static boolean accepts(String match, JsonNode matcher, JsonNode value) {
        return switch (match) {
            case "null" -> value.isNull();
            case "type" -> !value.isNull() && (!matcher.has("min") || value.isArray() && value.size() >= matcher.get("min").asInt());
            case "regex" -> value.isValueNode() && !value.isNull() && value.asText().matches(matcher.get("regex").asText());
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> throw new AssertionError("unexpected matcher " + matcher);
        };
    }
}
