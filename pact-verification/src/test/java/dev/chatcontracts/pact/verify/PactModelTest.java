package dev.chatcontracts.pact.verify;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.V4Pact;
import dev.chatcontracts.generator.pact.PactSpecVersion;
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
        assertThat(zendesk.getInteractions()).hasSize(16);
        assertThat(salesIq.getInteractions()).hasSize(1);
        assertThat(pacts.values()).flatExtracting(Pact::getInteractions).allMatch(Interaction::isSynchronousRequestResponse);
        assertThat(descriptions(zendesk)).doesNotContain("listChats listChatsByIds").contains("showAccount showAccount", "showChat offlineMessageJsonFormat",
                "updateChat updateChat");
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void everyProviderStateIsOneOurHandlersKnow(PactSpecVersion version) {
        Set<String> states = new TreeSet<>();
        TestPacts.read(version).pacts().forEach(p -> p.pact().getInteractions()
                .forEach(i -> i.getProviderStates().stream().map(ProviderState::getName).forEach(states::add)));
        assertThat(states).containsExactly("agent 2 exists", "chat 123 exists", "conversation 666300030000479029 exists",
                "email kevin@doe.com exists", "screen name zylkerinc exists");
    }

    @ParameterizedTest
    @EnumSource(PactSpecVersion.class)
    void ourMetadataNamesTheSpecAndItsServer(PactSpecVersion version) {
        assertThat(TestPacts.read(version).pacts()).extracting(PactFile::specName, PactFile::serverUrl).containsExactly(
                org.assertj.core.groups.Tuple.tuple("zendesk-chat", "https://{subdomain}.zendesk.com/api/v2/chat"),
                org.assertj.core.groups.Tuple.tuple("zoho-salesiq", "https://{server}/api"));
    }

    private static List<String> descriptions(Pact pact) {
        return pact.getInteractions().stream().map(Interaction::getDescription).toList();
    }
}
