package dev.chatcontracts.generator.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.chatcontracts.generator.schema.JsonSchemaConverter;
import dev.chatcontracts.generator.schema.SchemaView;
import dev.chatcontracts.generator.schemas.ApiOperation;
import dev.chatcontracts.generator.schemas.BundledSpecs;
import dev.chatcontracts.generator.schemas.OutputTrees;
import dev.chatcontracts.generator.schemas.SpecOperations;
import dev.chatcontracts.generator.spec.LoadedSpec;
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
                assertThat(headerNames(interaction.at("/response/headers"))).containsExactly("Content-Type");
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
                Schema response = REGISTRY.getSchema(converter.document(operation.responseSchemas().get(status), SchemaView.RESPONSE));
                assertThat(response.validate(Pacts.body(interaction.get("response")))).as(interaction.get("description").asText()).isEmpty();
                if (operation.requestSchema().isPresent()) {
                    Schema request = REGISTRY.getSchema(converter.document(operation.requestSchema().get(), SchemaView.REQUEST));
                    assertThat(request.validate(Pacts.body(interaction.get("request")))).as(interaction.get("description").asText()).isEmpty();
                }
                checked++;
            }
        }
        assertThat(checked).as("24 documented success examples, 6 of them with x-violates, 1 with placeholder keys").isEqualTo(17);
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
        // the documented response has an integer id (D5) and is skipped; a corrected one makes the interaction
        ObjectNode response = (ObjectNode) zendesk.tree().at("/components/examples/createVisitorResponse");
        response.remove("x-violates");
        ((ObjectNode) response.get("value")).put("id", "1.12345");

        PactResult result = generate(List.of(zendesk), version);

        JsonNode createVisitor = interaction("zendesk-chat", "createVisitor createVisitor");
        assertThat(Pacts.body(createVisitor.get("request")).has("id")).isFalse();
        assertThat(Pacts.body(createVisitor.get("request")).has("external_id")).isFalse();
        assertThat(Pacts.body(createVisitor.get("request"))).isEqualTo(dev.chatcontracts.generator.Fixtures.json(
                "{'name':'Visitor 1','email':'[email\u00a0protected]','notes':'This visitor is really cool.','phone':'+65 12345678'}"));
        assertThat(result.adjustments()).contains("zendesk-chat createVisitor createVisitor: request example createVisitor"
                + " without /id (read-only), /external_id (read-only), /created (read-only)");
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void examplesTheDocumentationGotWrongAreSkippedWithTheReason(PactSpecVersion version) {
        PactResult result = generate(BundledSpecs.all(), version);

        assertThat(result.skipped()).extracting(SkippedExample::toString).containsExactly(
                "zendesk-chat listAgents 200 listAgents: the documented example breaks the spec (x-violates D13 at /0/enabled)",
                "zendesk-chat listChats 200 listChats: the documented example breaks the spec"
                        + " (x-violates D3 at /chats/1/unread, D6 at /next_url, D6 at /prev_url)",
                "zendesk-chat listChats 200 listChatsByIds: the example has the placeholder key \"<other chat 100 properties>\""
                        + " at /docs/100; no provider can return it",
                "zendesk-chat createVisitor 201 createVisitor: the documented example breaks the spec (x-violates D5 at /id)",
                "zendesk-chat showVisitor 200 showVisitor: the documented example breaks the spec (x-violates D5 at /id)",
                "zendesk-chat showVisitor 200 visitorJsonFormat: the documented example breaks the spec (x-violates D5 at /id)",
                "zendesk-chat updateVisitor 200 updateVisitor: the documented example breaks the spec (x-violates D5 at /id)");
        assertThat(result.adjustments()).containsExactly(
                "zendesk-chat createAgent createAgent: request example createAgent without /enabled (x-violates D13)");
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void pathsQueriesAndProviderStatesAreFilledFromTheExamples(PactSpecVersion version) {
        generate(BundledSpecs.all(), version);

        JsonNode zoho = interaction("zoho-salesiq", "updateConversationVisitor updateConversationVisitor");
        assertThat(zoho.at("/request/path").asText()).isEqualTo("/visitor/v1/zylkerinc/conversations/666300030000479029/visitor");
        assertThat(zoho.get("providerStates")).isEqualTo(dev.chatcontracts.generator.Fixtures.json("""
                [{'name':'screen name zylkerinc exists','params':{'screen_name':'zylkerinc'}},
                 {'name':'conversation 666300030000479029 exists','params':{'conversation_id':'666300030000479029'}}]"""));
        JsonNode showAgent = interaction("zendesk-chat", "showAgent showAgent");
        assertThat(showAgent.at("/request/path").asText()).isEqualTo("/agents/2");
        assertThat(showAgent.at("/providerStates/0/params/agent_id").isIntegralNumber()).isTrue();
        assertThat(interaction("zendesk-chat", "showAgentByEmail showAgentByEmail").at("/request/path").asText())
                .isEqualTo("/agents/email/kevin@doe.com");
        assertThat(interaction("zendesk-chat", "showChat chatJsonFormat").at("/providerStates/0/name").asText()).isEqualTo("chat 123 exists");
        assertThat(interaction("zendesk-chat", "searchChats searchChats").at("/request/query/q/0").asText())
                .isEqualTo("agent_names:Tom AND visitor_name:Harry");
        assertThat(interaction("zendesk-chat", "bulkDeleteChats bulkDeleteChats").at("/request/query/ids/0").asText()).isEqualTo("1");
        assertThat(interaction("zendesk-chat", "updateChat updateChat").at("/response/matchingRules/body").has("$.visitor.name")).isTrue();
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
