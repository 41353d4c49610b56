package dev.chatcontracts.contracts.pactgen;

import dev.chatcontracts.openapi.testing.OutputTrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.testing.Fixtures;
import dev.chatcontracts.openapi.model.OperationFilter;
import dev.chatcontracts.openapi.model.SpecException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pact generator on the small fixture spec api-pact.yaml. */
class PactGeneratorTest {

    @TempDir
    Path out;

    @Test
    void writesTheExpectedV3Pact() {
        generate(options().build());

        OutputTrees.assertSameAsExpected(out, "pact-v3");
    }

    @Test
    void writesTheExpectedV4Pact() {
        generate(options().version(PactSpecVersion.V4).build());

        OutputTrees.assertSameAsExpected(out, "pact-v4");
    }

    @Test
    void correctsExamplesThatDeclareViolationsAndSkipsThoseItCannotCorrect() {
        PactResult result = generate(options().build());

        assertThat(result.skipped()).containsExactly(new SkippedExample("api-pact", "showVisitor", "200", "brokenVisitor",
                "the documented example breaks the spec (x-violates D13 at /banned) and cannot be corrected"));
        assertThat(pact().get("interactions")).extracting(i -> i.get("description").asText())
                .containsExactly("createVisitor createVisitor", "searchVisitors searchVisitors", "showVisitor showVisitor",
                        "showVisitor legacyVisitor (corrected: D5)", "updateVisitor updateVisitor", "deleteVisitor 204 from the schema",
                        "showVisitor 404 unknown visitor");
        assertThat(Pacts.body(pact().at("/interactions/3/response")).get("id").isTextual()).isTrue();
        assertThat(result.uncovered()).isEmpty();
    }

    @Test
    void requestBodiesLoseReadOnlyPropertiesAndDeclaredViolations() {
        PactResult result = generate(options().build());

        JsonNode interactions = pact().get("interactions");
        assertThat(interactions.at("/0/request/body")).isEqualTo(Fixtures.json("{'name':'Visitor 1','notes':'cool','password':'secret'}"));
        assertThat(interactions.at("/4/request/body")).isEqualTo(Fixtures.json("{'name':'John'}"));
        assertThat(result.adjustments()).containsExactly(
                "api-pact createVisitor createVisitor: request example createVisitor without /id (read-only), /session (read-only)",
                "api-pact showVisitor legacyVisitor (corrected: D5): response example /id 1 -> \"1\" (D5)",
                "api-pact updateVisitor updateVisitor: request example rename without /banned (x-violates D13)");
    }

    @Test
    void pathsAreFullAndEachInteractionHasResourcesOfItsOwn() {
        generate(options().build());

        JsonNode show = pact().at("/interactions/2");
        assertThat(show.at("/request/path").asText()).isEqualTo("/api/visitors/655464.PactVisitor01");
        assertThat(show.get("providerStates")).isEqualTo(Fixtures.json(
                "[{'name':'visitor 655464.PactVisitor01 exists','params':{'visitor_id':'655464.PactVisitor01'}}]"));
        assertThat(Pacts.body(show.get("response")).get("id").asText()).isEqualTo("655464.PactVisitor01");
        assertThat(pact().at("/interactions/3/request/path").asText()).isEqualTo("/api/visitors/655464.PactVisitor02");
        assertThat(pact().at("/interactions/6/providerStates/0/name").asText()).isEqualTo("visitor 655464.Missing01 does not exist");
        assertThat(pact().at("/interactions/1/request/query")).isEqualTo(Fixtures.json("{'q':['name:John Smith']}"));
        assertThat(pact().at("/metadata/chatContracts/basePath").asText()).isEqualTo("/api");
    }

    @Test
    void aDeleteWithoutABodyGetsItsStatusAlone() {
        generate(options().filter(OperationFilter.operations("deleteVisitor")).build());

        JsonNode delete = pact().at("/interactions/0");
        assertThat(pact().get("interactions")).hasSize(1);
        assertThat(delete.at("/request/method").asText()).isEqualTo("DELETE");
        assertThat(delete.at("/response/status").asInt()).isEqualTo(204);
        assertThat(delete.get("response").has("body")).isFalse();
        assertThat(delete.get("response").has("headers")).isFalse();
    }

    @Test
    void theFileIsNamedAfterConsumerAndProvider() {
        PactResult result = generate(options().consumer("web-app").provider("api-pact", "visitor-service").build());

        assertThat(result.files().files()).containsExactly(out.resolve("web-app-visitor-service.json"));
        assertThat(Pacts.read(result.files().files().get(0)).at("/provider/name").asText()).isEqualTo("visitor-service");
    }

    @Test
    void theFilterLimitsTheInteractions() {
        generate(options().filter(OperationFilter.operations("updateVisitor")).build());

        assertThat(pact().get("interactions")).extracting(i -> i.get("description").asText()).containsExactly("updateVisitor updateVisitor");
        assertThat(generate(options().filter(OperationFilter.operations("updateVisitor")).build()).uncovered()).isEmpty();
        assertThatThrownBy(() -> generate(options().filter(OperationFilter.tags("Agents")).build())).isInstanceOf(SpecException.class);
    }

    @Test
    void optionsRejectNamesThatAreNotFileNames() {
        assertThatThrownBy(() -> options().consumer("../evil").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options().provider("api-pact", "a/b").build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(options().build().consumer()).isEqualTo("chat-contracts-consumer");
        assertThat(options().build().version()).isEqualTo(PactSpecVersion.V3);
    }

    @Test
    void theV4KeyIsStableAndUniquePerInteraction() {
        generate(options().version(PactSpecVersion.V4).build());

        Map<String, String> first = OutputTrees.read(out);
        assertThat(pact().get("interactions")).extracting(i -> i.get("key").asText()).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).matches("[0-9a-f]{16}"));
        generate(options().version(PactSpecVersion.V4).build());
        assertThat(OutputTrees.read(out)).isEqualTo(first);
    }

    private PactOptions.Builder options() {
        return PactOptions.builder().spec(Fixtures.spec("api-pact.yaml")).outputDir(out);
    }

    private JsonNode pact() {
        return Pacts.read(out.resolve("chat-contracts-consumer-api-pact.json"));
    }

    private static PactResult generate(PactOptions options) {
        return new PactGenerator().generate(options);
    }
}
