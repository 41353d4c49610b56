package dev.chatcontracts.plugin.schemas;

import dev.chatcontracts.openapi.testing.OutputTrees;
import dev.chatcontracts.openapi.model.OperationFilter;
import dev.chatcontracts.openapi.output.GeneratedFiles;
import dev.chatcontracts.openapi.model.BundledSpecs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.chatcontracts.openapi.testing.Fixtures;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.SpecException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSetGeneratorTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build()));

    @TempDir
    Path out;

    @Test
    void writesTheWholeExpectedOutputForASmallSpec() {
        generate(options(List.of(Fixtures.spec("api-schemaset.yaml")), out).build());

        OutputTrees.assertSameAsExpected(out, "schemaset");
    }

    @Test
    void writesBothViewsOfEveryComponentAndEveryOperationBodyOfTheBundledSpecs() {
        GeneratedFiles files = generate(options(BundledSpecs.all(), out).build());

        Map<String, String> written = OutputTrees.read(out.resolve("resources"));
        assertThat(written).containsKeys(
                "chat-contracts/schemas/zendesk-chat/request/Visitor.schema.json",
                "chat-contracts/schemas/zendesk-chat/response/Visitor.schema.json",
                "chat-contracts/schemas/zendesk-chat/operations/createAgent/request.schema.json",
                "chat-contracts/schemas/zendesk-chat/operations/showVisitor/response-200.schema.json",
                "chat-contracts/schemas/zendesk-chat/operations/showVisitor/response-404.schema.json",
                "chat-contracts/schemas/zoho-salesiq/operations/updateConversationVisitor/response-200.schema.json",
                "chat-contracts/schemas/index.json");
        int components = BundledSpecs.zendesk().tree().at("/components/schemas").size() + BundledSpecs.zoho().tree().at("/components/schemas").size();
        assertThat(written.keySet().stream().filter(f -> f.matches(".*/(request|response)/[^/]+\\.schema\\.json"))).hasSize(2 * components);
        assertThat(files.files()).hasSize(written.size() + 1)
                .last().isEqualTo(out.resolve("sources/com/example/chat/ChatApiSchemas.java"));
    }

    @Test
    void theIndexNamesSpecMethodPathAndSchemasOfEachOperation() {
        generate(options(BundledSpecs.all(), out).build());

        JsonNode index = parse(OutputTrees.read(out.resolve("resources")).get("chat-contracts/schemas/index.json"));
        assertThat(index.at("/operations/showVisitor")).isEqualTo(Fixtures.json("""
                {'spec':'zendesk-chat','method':'GET','path':'/visitors/{visitor_id}',
                 'responses':{
                   '200':'chat-contracts/schemas/zendesk-chat/operations/showVisitor/response-200.schema.json',
                   '400':'chat-contracts/schemas/zendesk-chat/operations/showVisitor/response-400.schema.json',
                   '401':'chat-contracts/schemas/zendesk-chat/operations/showVisitor/response-401.schema.json',
                   '403':'chat-contracts/schemas/zendesk-chat/operations/showVisitor/response-403.schema.json',
                   '404':'chat-contracts/schemas/zendesk-chat/operations/showVisitor/response-404.schema.json',
                   '429':'chat-contracts/schemas/zendesk-chat/operations/showVisitor/response-429.schema.json'}}"""));
        assertThat(index.at("/operations/createAgent/request").asText())
                .isEqualTo("chat-contracts/schemas/zendesk-chat/operations/createAgent/request.schema.json");
        assertThat(index.at("/operations/deleteAgent/responses").has("204")).isFalse();
        assertThat(index.at("/operations/deleteAgent").has("request")).isFalse();
        assertThat(index.at("/operations/updateConversationVisitor/spec").asText()).isEqualTo("zoho-salesiq");
        assertThat(index.get("operations")).hasSize(21);
    }

    @Test
    void everyGeneratedSchemaIsAValid2020_12SchemaWithAStableId() {
        generate(options(BundledSpecs.all(), out).build());
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        Map<String, String> written = OutputTrees.read(out.resolve("resources"));
        written.forEach((file, content) -> {
            if (file.endsWith(".schema.json")) {
                JsonNode schema = parse(content);
                assertThat(metaSchema.validate(schema)).as(file).isEmpty();
                assertThat(schema.path("$id").asText()).as(file).startsWith("urn:chat-contracts:");
            }
        });
        assertThat(parse(written.get("chat-contracts/schemas/zendesk-chat/response/Chat.schema.json")).path("$id").asText())
                .isEqualTo("urn:chat-contracts:zendesk-chat:response:Chat");
        assertThat(parse(written.get("chat-contracts/schemas/zendesk-chat/operations/showChat/response-200.schema.json")).path("$id").asText())
                .isEqualTo("urn:chat-contracts:zendesk-chat:operations:showChat:response-200");
    }

    @Test
    void generatingTwiceGivesByteIdenticalOutput(@TempDir Path second) {
        generate(options(BundledSpecs.all(), out).build());
        generate(options(BundledSpecs.all(), second).build());

        assertThat(OutputTrees.read(second)).isEqualTo(OutputTrees.read(out));
        assertThat(OutputTrees.read(out).values()).allSatisfy(content -> assertThat(content).endsWith("\n").doesNotContain("\r"));
    }

    @Test
    void aTagFilterWritesOnlyItsOperationsAndTheComponentsTheyReach() {
        generate(options(List.of(Fixtures.spec("api-schemaset.yaml")), out).filter(OperationFilter.tags("Health")).build());

        assertThat(OutputTrees.read(out).keySet()).containsExactly(
                "resources/chat-contracts/schemas/api-schemaset/operations/health/response-200.schema.json",
                "resources/chat-contracts/schemas/index.json",
                "sources/com/example/chat/ChatApiSchemas.java");
    }

    @Test
    void anOperationFilterWritesOnlyThoseOperationsAndTheComponentsTheyReach() {
        generate(options(BundledSpecs.all(), out).filter(OperationFilter.operations("showVisitor")).build());

        Map<String, String> written = OutputTrees.read(out.resolve("resources"));
        assertThat(written.keySet()).allMatch(f -> !f.contains("zoho-salesiq") && !f.contains("/Chat"));
        assertThat(written.keySet()).filteredOn(f -> f.contains("/request/") || f.contains("/response/")).containsExactlyInAnyOrder(
                "chat-contracts/schemas/zendesk-chat/request/Error.schema.json",
                "chat-contracts/schemas/zendesk-chat/response/Error.schema.json",
                "chat-contracts/schemas/zendesk-chat/request/Visitor.schema.json",
                "chat-contracts/schemas/zendesk-chat/response/Visitor.schema.json");
        assertThat(parse(written.get("chat-contracts/schemas/index.json")).get("operations")).hasSize(1);
    }

    @Test
    void operationIdsAndTagsEachSelect() {
        generate(options(List.of(Fixtures.spec("api-schemaset.yaml")), out)
                .filter(new OperationFilter(Set.of("deleteVisitor"), Set.of("Health"))).build());

        JsonNode operations = parse(OutputTrees.read(out.resolve("resources")).get("chat-contracts/schemas/index.json")).get("operations");
        List<String> ids = new java.util.ArrayList<>();
        operations.fieldNames().forEachRemaining(ids::add);
        assertThat(ids).containsExactly("deleteVisitor", "health");
    }

    @Test
    void aFilterNamingAnUnknownOperationOrTagFails() {
        assertThatThrownBy(() -> generate(options(BundledSpecs.all(), out).filter(OperationFilter.operations("showVistor")).build()))
                .isInstanceOf(SpecException.class).hasMessageContaining("showVistor");
        assertThatThrownBy(() -> generate(options(BundledSpecs.all(), out).filter(OperationFilter.tags("Visitor")).build()))
                .isInstanceOf(SpecException.class).hasMessageContaining("[Visitor]");
    }

    @Test
    void anOperationIdUsedByTwoSpecsIsRejected() {
        LoadedSpec copy = Fixtures.spec("api-schemaset.yaml");
        LoadedSpec renamed = new LoadedSpec("other", copy.location(), copy.tree(), copy.model(), copy.parserMessages());

        assertThatThrownBy(() -> generate(options(List.of(copy, renamed), out).build()))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("operationId createVisitor is also used by api-schemaset")
                .extracting(e -> ((SpecException) e).key()).isEqualTo("schemas.operation.duplicateId");
    }

    @Test
    void optionsRejectBadJavaNames() {
        assertThatThrownBy(() -> options(BundledSpecs.all(), out).javaPackage("com.example.class").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options(BundledSpecs.all(), out).facadeClass("Chat-Schemas").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(options(BundledSpecs.all(), out).build().facadeClass()).isEqualTo("ChatApiSchemas");
    }

    static SchemaSetOptions.Builder options(List<LoadedSpec> specs, Path root) {
        return SchemaSetOptions.builder().specs(specs)
                .resourcesDir(root.resolve("resources"))
                .sourcesDir(root.resolve("sources"))
                .javaPackage("com.example.chat");
    }

    private static GeneratedFiles generate(SchemaSetOptions options) {
        return new SchemaSetGenerator().generate(options);
    }

    private static JsonNode parse(String json) {
        try {
            return Fixtures.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

}
