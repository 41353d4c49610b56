package dev.chatcontracts.contracts.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.pactgen.PactGenerator;
import dev.chatcontracts.contracts.pactgen.PactOptions;
import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One model of a Pact file: what the generator writes, the reader reads back into the same model, and the writer writes again. */
class PactModelTest {

    private static final Path RESOURCES = Path.of("src", "test", "resources", "pacts");

    @TempDir
    Path dir;

    private final PactReader reader = new PactReader(10_000_000, 100);

    @ParameterizedTest(name = "{0}")
    @EnumSource(PactSpecVersion.class)
    void aGeneratedPactReadAndWrittenAgainIsTheSameFile(PactSpecVersion version) throws Exception {
        List<Path> files = generate(version);

        assertThat(files).hasSize(2);
        for (Path file : files) {
            PactDocument document = reader.read(file);
            assertThat(document.interactions()).isNotEmpty().allMatch(PactInteraction.Http.class::isInstance);
            assertThat(document.specificationVersion()).isEqualTo(version.version());
            assertThat(PactWriter.json(document)).as(file.toString()).isEqualTo(Files.readString(file));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PactSpecVersion.class)
    void theReaderGivesTheOriginTheStatesAndThePathsTheStatesFill(PactSpecVersion version) throws Exception {
        PactDocument zendesk = reader.read(generate(version).get(0));

        assertThat(zendesk.origin()).isEqualTo(new PactOrigin("zendesk-chat", "https://{subdomain}.zendesk.com/api/v2/chat", "/api/v2/chat"));
        PactInteraction.Http showAgent = zendesk.http().stream().filter(i -> i.description().equals("showAgent showAgent")).findFirst()
                .orElseThrow();
        assertThat(showAgent.providerStates()).singleElement().satisfies(state -> {
            assertThat(state.name()).matches("agent \\d+ exists");
            assertThat(state.params()).containsOnlyKeys("agent_id");
        });
        assertThat(showAgent.request().pathExpression()).isEqualTo("/api/v2/chat/agents/${agent_id}");
        assertThat(showAgent.request().headers()).containsOnlyKeys("Accept");
        assertThat(showAgent.response().bodyRules()).isNotEmpty();
    }

    @Test
    void aV2PactKeepsItsQueryStringAndGivesItsOneStateWithoutParams() throws Exception {
        PactInteraction.Http search = reader.read(RESOURCES.resolve("pact-v2-valid.json")).http().get(0);

        assertThat(search.providerStates()).containsExactly(new ProviderState("chats exist", Map.of()));
        assertThat(search.request().target()).isEqualTo("/chats/search?q=chat_type%3Achat&page=1");
        assertThat(search.request().query().parameters()).containsExactly(Map.entry("q", List.of("chat_type:chat")),
                Map.entry("page", List.of("1")));
        assertThat(search.request().pathExpression()).isNull();
    }

    @Test
    void queryParametersAreEncodedWithSpacesAsPercentTwenty() {
        assertThat(PactQuery.of(Map.of("q", List.of("a b&c"))).text()).isEqualTo("q=a%20b%26c");
        assertThat(PactQuery.written("?a=1&a=2&flag").parameters()).containsExactly(Map.entry("a", List.of("1", "2")),
                Map.entry("flag", List.of("")));
    }

    @Test
    void headersKeepTheirNamesForTheWriterAndAreLookedUpWithoutCase() {
        PactRequest request = new PactRequest("POST", "/chats", null, Map.of("X-Trace", List.of("1")),
                PactBody.json(com.fasterxml.jackson.databind.node.TextNode.valueOf("x"), "application/json"), null);

        assertThat(request.headers()).containsOnlyKeys("X-Trace");
        assertThat(request.httpHeaders().first("x-trace")).contains("1");
        assertThat(request.httpHeaders().first("content-type")).contains("application/json");
    }

    @Test
    void onlyHttpInteractionsAreWritten() {
        PactDocument messages = new PactDocument(null, "4.0", "c", "p", null,
                List.of(new PactInteraction.NotHttp(0, "a message", "Asynchronous/Messages")));

        assertThatThrownBy(() -> PactWriter.json(messages)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Path> generate(PactSpecVersion version) {
        PactOptions options = PactOptions.builder().outputDir(dir).version(version)
                .specs(ApiContract.BUNDLED.stream().map(name -> ApiContract.bundled(name).spec()).toList()).build();
        return new PactGenerator().generate(options).files().files();
    }
}
