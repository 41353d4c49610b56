package dev.chatcontracts.check.verify;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.V4Pact;
import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated pacts load in Pact JVM's own model. */
class PactModelTest {

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void generatedPactsLoadInPactJvmWithEveryInteraction(PactSpecVersion version) {
        List<Path> files = TestPacts.generated(version);
        assertThat(files).extracting(f -> f.getFileName().toString())
                .containsExactly("chat-contracts-consumer-zendesk-chat.json", "chat-contracts-consumer-zoho-salesiq.json");

        Map<String, Pact> pacts = files.stream().collect(Collectors.toMap(f -> f.getFileName().toString(),
                f -> DefaultPactReader.INSTANCE.loadPact(f.toFile())));
        Class<?> model = version == PactSpecVersion.V3 ? RequestResponsePact.class : V4Pact.class;
        assertThat(pacts.values()).allSatisfy(pact -> assertThat(pact).isInstanceOf(model));

        Pact zendesk = pacts.get("chat-contracts-consumer-zendesk-chat.json");
        Pact salesIq = pacts.get("chat-contracts-consumer-zoho-salesiq.json");
        assertThat(zendesk.getProvider().getName()).isEqualTo("zendesk-chat");
        assertThat(zendesk.getConsumer().getName()).isEqualTo("chat-contracts-consumer");
        assertThat(zendesk.getInteractions()).hasSize(32);
        assertThat(salesIq.getInteractions()).hasSize(2);
        assertThat(pacts.values()).flatExtracting(Pact::getInteractions).allMatch(Interaction::isSynchronousRequestResponse);
        assertThat(descriptions(zendesk)).contains("showAccount showAccount", "showChat offlineMessageJsonFormat",
                "updateChat updateChat", "listChats listChatsByIds (from the schema)", "deleteChat 204 from the schema");
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void everyProviderStateFollowsOneOfTheKnownPatterns(PactSpecVersion version) {
        Set<String> states = new TreeSet<>();
        TestPacts.read(version).pacts().forEach(p -> p.pact().getInteractions()
                .forEach(i -> i.getProviderStates().stream().map(ProviderState::getName).forEach(states::add)));
        List<java.util.regex.Pattern> patterns = dev.chatcontracts.contracts.pactgen.PactStates.patterns().stream()
                .map(p -> java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(p).replaceAll("\\{[a-z_]+}", "\\\\E\\\\S+\\\\Q")))
                .toList();
        assertThat(states).hasSizeGreaterThan(20).allSatisfy(state ->
                assertThat(patterns).as(state).anyMatch(p -> p.matcher(state).matches()));
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void ourMetadataNamesTheSpecItsServerAndTheBasePath(PactSpecVersion version) {
        assertThat(TestPacts.read(version).pacts()).extracting(PactFile::specName, PactFile::serverUrl, PactFile::basePath).containsExactly(
                org.assertj.core.groups.Tuple.tuple("zendesk-chat", "https://{subdomain}.zendesk.com/api/v2/chat", "/api/v2/chat"),
                org.assertj.core.groups.Tuple.tuple("zoho-salesiq", "https://{server}/api", "/api"));
    }

    private static List<String> descriptions(Pact pact) {
        return pact.getInteractions().stream().map(Interaction::getDescription).toList();
    }
}
