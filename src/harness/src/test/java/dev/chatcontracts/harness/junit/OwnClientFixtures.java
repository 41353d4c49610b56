package dev.chatcontracts.harness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.harness.ContractHttp;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.client.zendeskchat.api.AgentsApi;
import dev.chatcontracts.harness.client.zohosalesiq.api.ConversationsApi;
import dev.chatcontracts.harness.client.zohosalesiq.model.SalesIQConversationVisitorUpdate;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Fixtures for clients the harness did not make: a plain {@link HttpClient} from
 * {@link ContractHttp#recordingHttpClientBuilder()}, a generated client built on it, the user's own
 * generated {@code ApiClient} in another package ({@code com.acme.chat.*}), and {@code @Nested}
 * classes. Run by {@link ChatContractsExtensionTest}; Surefire does not run them on its own.
 */
final class OwnClientFixtures {

    /** A visitor with a field the spec does not declare: {@code request.field.unknown}, a WARNING by default. */
    static final String VISITOR_WITH_UNDECLARED_FIELD = "{\"name\": \"Planted\", \"favourite_colour\": \"teal\"}";

    private OwnClientFixtures() {
    }

    static HttpResponse<String> postVisitor(ContractHttp http, String json) throws Exception {
        HttpClient client = http.recordingHttpClientBuilder().build();
        HttpRequest request = http.zendeskRequest("/visitors").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @ChatContractTest
    static class PlainClientConformingCase {
        @Test
        void readsTheAccountAndTheAgents(ContractHttp http) throws Exception {
            HttpClient client = http.recordingHttpClientBuilder().build();

            HttpResponse<String> account = client.send(http.zendeskRequest("/account").build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> agents = http.httpClient().send(http.zendeskRequest("/agents?limit=2").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(account.statusCode()).isEqualTo(200);
            assertThat(agents.statusCode()).isEqualTo(200);
            assertThat(http.recorder().size()).isEqualTo(2);
        }
    }

    @ChatContractTest
    static class PlainClientReadOnlyFieldSentCase {
        @Test
        void createsAVisitorWithItsId(ContractHttp http) throws Exception {
            assertThat(postVisitor(http, "{\"id\": \"1.2\", \"name\": \"Planted\"}").statusCode()).isLessThan(500);
        }
    }

    @ChatContractTest
    static class PlainClientUnknownPathCase {
        @Test
        void readsAnUndocumentedPath(ContractHttp http) throws Exception {
            http.httpClient().send(http.zendeskRequest("/departments").build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Credentials are set by the interceptor only: a request without it is answered 401, which the spec documents. */
    @ChatContractTest
    static class PlainClientWithoutCredentialsCase {
        @Test
        void readsTheAccountWithoutAuthorization(ContractHttp http) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(http.zendeskBaseUrl() + "/account")).build();
            assertThat(http.httpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        }
    }

    /** The README's route: the generated client's own constructor on the recording builder. */
    @ChatContractTest
    static class GeneratedClientOnTheBuilderCase {
        @Test
        void listsAgents(ContractHttp http) throws Exception {
            var client = new com.acme.chat.zendeskchat.ApiClient(http.recordingHttpClientBuilder(),
                    com.acme.chat.zendeskchat.ApiClient.createDefaultObjectMapper(), http.zendeskBaseUrl().toString());
            client.setRequestInterceptor(http.zendeskAuthentication());

            assertThat(new AgentsApi(client).listAgents(null, null, 2)).hasSize(2);
            assertThat(http.recorder().size()).isEqualTo(1);
        }
    }

    /** The user's own generated clients, injected as parameters: the package's last segment names the API. */
    @ChatContractTest
    static class InjectedOwnClientsCase {
        @Test
        void usesBothApis(com.acme.chat.zendeskchat.ApiClient zendesk, com.acme.chat.zohosalesiq.ApiClient salesIq, ContractHttp http,
                ContractTarget target) throws Exception {
            new AgentsApi(zendesk).listAgents(null, null, 2);
            var conversation = target.salesIqConversation().orElseThrow();
            new ConversationsApi(salesIq).updateConversationVisitor(conversation.screenName(), conversation.conversationId(),
                    new SalesIQConversationVisitorUpdate().lastName("Injected"));

            assertThat(zendesk.getBaseUri()).isEqualTo(http.zendeskBaseUrl().toString());
            assertThat(salesIq.getBaseUri()).isEqualTo(http.salesIqBaseUrl().orElseThrow().toString());
            assertThat(http.recorder().size()).isEqualTo(2);
        }
    }

    @ChatContractTest
    static class InjectedClientOfUnknownApiCase {
        @Test
        void takesAClientWhosePackageNamesNoApi(com.acme.chat.tickets.ApiClient client) {
            // not reached: the parameter cannot be resolved
        }
    }

    @ChatContractTest
    static class ReadOnlyFieldThroughInjectedOwnClientCase {
        @Test
        void createsAVisitorWithItsId(com.acme.chat.zendeskchat.ApiClient client) throws Exception {
            ExtensionFixtures.postRaw(client, "/visitors", "{\"id\": \"1.2\", \"name\": \"Planted\"}");
        }
    }

    /** A WARNING only: passes under the default {@code failOn = ERROR}, with the key in the report entry. */
    @ChatContractTest
    static class UndeclaredFieldAtDefaultThresholdCase {
        @Test
        void createsAVisitorWithAnUndeclaredField(ContractHttp http) throws Exception {
            postVisitor(http, VISITOR_WITH_UNDECLARED_FIELD);
        }
    }

    /** The outer class's {@code failOn = WARNING} reaches the nested class: its WARNING fails it. */
    @ChatContractTest(failOn = Severity.WARNING)
    static class StrictOuterCase {
        @Nested
        class Inner {
            @Test
            void createsAVisitorWithAnUndeclaredField(ContractHttp http) throws Exception {
                postVisitor(http, VISITOR_WITH_UNDECLARED_FIELD);
            }
        }
    }

    /** Two levels down, the outermost class's settings still apply. */
    @ChatContractTest(failOn = Severity.WARNING)
    static class StrictOuterTwoLevelsCase {
        @Nested
        class Middle {
            @Nested
            class Inner {
                @Test
                void createsAVisitorWithAnUndeclaredField(ContractHttp http) throws Exception {
                    postVisitor(http, VISITOR_WITH_UNDECLARED_FIELD);
                }
            }
        }
    }

    /** A nested class's own annotation overrides its outer class's. */
    @ChatContractTest(failOn = Severity.WARNING)
    static class NestedOverrideCase {
        @Nested
        @ChatContractTest
        class Inner {
            @Test
            void createsAVisitorWithAnUndeclaredField(ContractHttp http) throws Exception {
                postVisitor(http, VISITOR_WITH_UNDECLARED_FIELD);
            }
        }
    }

    /** The outer class's severity overrides reach the nested class too. */
    @ChatContractTest(severities = "request.field.readOnly=WARNING")
    static class OuterSeveritiesCase {
        @Nested
        class Inner {
            @Test
            void createsAVisitorWithItsId(ContractHttp http) throws Exception {
                postVisitor(http, "{\"id\": \"1.2\", \"name\": \"Planted\"}");
            }
        }
    }

    /** The nested class's tests run on the outer class's target: one mock provider for both. */
    @ChatContractTest
    static class SharedTargetCase {
        static final AtomicReference<ContractTarget> OUTER = new AtomicReference<>();
        static final AtomicReference<ContractTarget> INNER = new AtomicReference<>();

        @Test
        void outer(ContractTarget target) {
            OUTER.set(target);
        }

        @Nested
        class Inner {
            @Test
            void inner(ContractTarget target) {
                INNER.set(target);
            }
        }
    }
}
