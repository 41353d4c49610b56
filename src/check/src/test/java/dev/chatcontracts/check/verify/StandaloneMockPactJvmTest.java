package dev.chatcontracts.check.verify;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.provider.ConsumerInfo;
import au.com.dius.pact.provider.ProviderInfo;
import au.com.dius.pact.provider.ProviderVerifier;
import au.com.dius.pact.provider.VerificationResult;
import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import dev.chatcontracts.mock.Credentials;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated pacts verified by Pact JVM's own {@link ProviderVerifier}, as any Pact JVM user would run it,
 * against the mock provider started as a separate process ({@code MockProviderCli --port 0}): requests and
 * provider-state changes ({@code stateChangeUrl} = the mock's {@code /_pact/provider-states}) go over HTTP
 * only, and the only setting beyond host and port is the Authorization header, added by a request filter.
 */
class StandaloneMockPactJvmTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    private static Process mock;
    private static int port;

    @BeforeAll
    static void startTheMockInItsOwnJvm() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        mock = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.chatcontracts.mock.MockProviderCli", "--port", "0")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line = out.readLine(); line != null && port == 0; line = out.readLine()) {
            seen.add(line);
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                port = Integer.parseInt(matcher.group(1));
            }
        }
        assertThat(port).as("the mock's first lines: %s", seen).isPositive();
        Thread drain = new Thread(() -> out.lines().forEach(line -> { }), "mock-output");
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll
    static void stopTheMock() throws InterruptedException {
        if (mock != null) {
            mock.destroy();
            mock.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PactSpecVersion.class)
    void everyGeneratedInteractionIsVerified(PactSpecVersion version) throws Exception {
        int verified = 0;
        List<String> failed = new ArrayList<>();
        for (Path file : TestPacts.generated(version)) {
            PactFile pact = PactFile.load(file);
            ProviderInfo provider = provider(pact);
            ProviderVerifier verifier = new ProviderVerifier();
            verifier.setReporters(List.of());
            for (Interaction interaction : pact.pact().getInteractions()) {
                Map<String, Object> failures = new HashMap<>();
                VerificationResult result = verifier.verifyInteraction(provider, new ConsumerInfo(pact.pact().getConsumer().getName()),
                        failures, interaction);
                if (result instanceof VerificationResult.Ok) {
                    verified++;
                } else {
                    failed.add(interaction.getDescription() + ": " + failures);
                }
            }
        }
        assertThat(failed).isEmpty();
        assertThat(verified).isEqualTo(34);
    }

    @Test
    void anUnknownStateIsRefusedSoTheInteractionFails() throws Exception {
        Path file = TestPacts.withState(java.nio.file.Files.createTempDirectory("unknown-state"), "the moon is made of cheese");
        PactFile pact = PactFile.load(file);
        ProviderVerifier verifier = new ProviderVerifier();
        verifier.setReporters(List.of());
        Map<String, Object> failures = new HashMap<>();
        VerificationResult result = verifier.verifyInteraction(provider(pact), new ConsumerInfo("c"), failures,
                pact.pact().getInteractions().get(0));

        assertThat(result).isInstanceOf(VerificationResult.Failed.class);
        assertThat(failures.toString()).contains("State Change Request Failed - 400");
    }

    private static ProviderInfo provider(PactFile pact) throws Exception {
        Credentials credentials = Credentials.defaults();
        String authorization = pact.specName().equals("zoho-salesiq") ? "Zoho-oauthtoken " + credentials.zohoToken()
                : "Bearer " + credentials.bearerToken();
        ProviderInfo provider = new ProviderInfo(pact.provider(), "http", "127.0.0.1", port, "/");
        provider.setStateChangeUrl(new URL("http://127.0.0.1:" + port + "/_pact/provider-states"));
        provider.setStateChangeUsesBody(true);
        Consumer<HttpRequest> filter = request -> request.setHeader("Authorization", authorization);
        provider.setRequestFilter(filter);
        return provider;
    }
}
