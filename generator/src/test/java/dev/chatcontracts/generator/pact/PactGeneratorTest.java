package dev.chatcontracts.generator.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.generator.Fixtures;
import dev.chatcontracts.generator.schemas.OperationFilter;
import dev.chatcontracts.generator.schemas.OutputTrees;
import dev.chatcontracts.generator.spec.SpecException;
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
    void skipsExamplesThatDeclareViolationsAndSaysWhy() {
        PactResult result = generate(options().build());

        assertThat(result.skipped()).containsExactly(new SkippedExample("api-pact", "showVisitor", "200", "legacyVisitor",
                "the documented example breaks the spec (x-violates D5 at /id)"));
        assertThat(pact().get("interactions")).extracting(i -> i.get("description").asText())
                .containsExactly("createVisitor createVisitor", "searchVisitors searchVisitors", "showVisitor showVisitor",
                        "updateVisitor updateVisitor");
    }

    @Test
    void requestBodiesLoseReadOnlyPropertiesAndDeclaredViolations() {
        PactResult result = generate(options().build());

        JsonNode interactions = pact().get("interactions");
        assertThat(interactions.at("/0/request/body")).isEqualTo(Fixtures.json("{'name':'Visitor 1','notes':'cool','password':'secret'}"));
        assertThat(interactions.at("/3/request/body")).isEqualTo(Fixtures.json("{'name':'John'}"));
        assertThat(result.adjustments()).containsExactly(
                "api-pact createVisitor createVisitor: request example createVisitor without /id (read-only), /session (read-only)",
                "api-pact updateVisitor updateVisitor: request example rename without /banned (x-violates D13)");
    }

    @Test
    void providerStatesAndPathsComeFromTheResponseBody() {
        generate(options().build());

        JsonNode show = pact().at("/interactions/2");
        assertThat(show.at("/request/path").asText()).isEqualTo("/visitors/1.12345");
        assertThat(show.get("providerStates")).isEqualTo(Fixtures.json("[{'name':'visitor 1.12345 exists','params':{'visitor_id':'1.12345'}}]"));
        assertThat(pact().at("/interactions/1/request/query")).isEqualTo(Fixtures.json("{'q':['name:John Smith']}"));
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
        assertThatThrownBy(() -> generate(options().filter(OperationFilter.tags("Agents")).build())).isInstanceOf(SpecException.class);
    }

    @Test
    void noFileIsWrittenForASpecWithoutInteractions() {
        PactResult result = generate(options().filter(OperationFilter.operations("deleteVisitor")).build());

        assertThat(result.files().files()).isEmpty();
        assertThat(OutputTrees.read(out)).isEmpty();
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
