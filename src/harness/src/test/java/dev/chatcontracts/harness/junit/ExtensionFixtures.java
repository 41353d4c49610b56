package dev.chatcontracts.harness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.ExchangeRecorder;
import dev.chatcontracts.harness.client.zendeskchat.ApiClient;
import dev.chatcontracts.harness.client.zendeskchat.api.AccountApi;
import dev.chatcontracts.harness.client.zendeskchat.api.AgentsApi;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Test classes that the EngineTestKit runs in {@link ChatContractsExtensionTest}; their names do not
 * end in "Test", so Surefire does not run them on its own.
 */
final class ExtensionFixtures {

    private ExtensionFixtures() {
    }

    static HttpResponse<String> postRaw(ApiClient client, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.getBaseUri() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        client.getRequestInterceptor().accept(request);
        return client.getHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ChatContractTest
    static class ConformingCase {
        @Test
        void readsTheAccountAndTheAgents(ApiClient client, ExchangeRecorder recorder, ContractTarget target) throws Exception {
            new AccountApi(client).showAccount();
            new AgentsApi(client).listAgents(null, null, 2);

            assertThat(recorder.size()).isEqualTo(2);
            assertThat(target.mock()).isPresent();
        }
    }

    @ChatContractTest
    static class ReadOnlyFieldSentCase {
        @Test
        void createsAVisitorWithItsId(ApiClient client) throws Exception {
            postRaw(client, "/visitors", "{\"id\": \"1.2\", \"name\": \"Planted\"}");
        }
    }

    @ChatContractTest(severities = "request.field.readOnly=WARNING")
    static class ReadOnlyFieldToleratedCase {
        @Test
        void createsAVisitorWithItsId(ApiClient client) throws Exception {
            postRaw(client, "/visitors", "{\"id\": \"1.2\", \"name\": \"Planted\"}");
        }
    }

    @ChatContractTest(failOn = dev.chatcontracts.contracts.findings.Severity.WARNING, severities = "request.field.readOnly=WARNING")
    static class StricterThresholdCase {
        @Test
        void createsAVisitorWithItsId(ApiClient client) throws Exception {
            postRaw(client, "/visitors", "{\"id\": \"1.2\", \"name\": \"Planted\"}");
        }
    }

    /** D13: the documentation gives Agent.enabled as the integer flag 1; the spec says boolean. */
    static final String AGENT_ENABLED_AS_DOCUMENTED = "{\"email\": \"documented@example.com\", \"password\": \"s3cr3t-pass\", "
            + "\"first_name\": \"Doc\", \"enabled\": 1}";

    @ChatContractTest
    static class DocumentedValueSentCase {
        @Test
        void createsAnAgentEnabledAsTheDocumentationSays(ApiClient client) throws Exception {
            postRaw(client, "/agents", AGENT_ENABLED_AS_DOCUMENTED);
        }
    }

    @ChatContractTest(strictSpec = true)
    static class DocumentedValueSentStrictCase {
        @Test
        void createsAnAgentEnabledAsTheDocumentationSays(ApiClient client) throws Exception {
            postRaw(client, "/agents", AGENT_ENABLED_AS_DOCUMENTED);
        }
    }

    @ChatContractTest
    static class UnknownOperationCase {
        @Test
        void callsAnUndocumentedPath(ApiClient client) throws Exception {
            postRaw(client, "/departments", "{}");
        }
    }

    @ChatContractTest
    static class MockStateIsResetCase {
        @Test
        void first(ApiClient client) throws Exception {
            new AgentsApi(client).deleteAgent(360000000005L);
        }

        @Test
        void second(ApiClient client) throws Exception {
            assertThat(new AgentsApi(client).showAgent(360000000005L).getId()).isEqualTo(360000000005L);
        }
    }
}
