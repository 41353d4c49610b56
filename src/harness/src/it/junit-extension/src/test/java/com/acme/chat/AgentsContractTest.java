package com.acme.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.acme.chat.zendeskchat.ApiClient;          // generated in your build: <basePackage>com.acme.chat</basePackage>
import com.acme.chat.zendeskchat.api.AgentsApi;
import dev.chatcontracts.harness.ContractHttp;
import dev.chatcontracts.harness.junit.ChatContractTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@ChatContractTest                 // the embedded mock by default; a real account from the environment (see Targets)
class AgentsContractTest {

    private ApiClient client;

    @BeforeEach
    void buildClient(ContractHttp http) {   // one ContractHttp per test: its clients record into the test's recorder
        client = new ApiClient(http.recordingHttpClientBuilder(), ApiClient.createDefaultObjectMapper(),
                http.zendeskBaseUrl().toString());
        client.setRequestInterceptor(http.zendeskAuthentication());
    }

    @Test
    void listsAgents() throws Exception {
        assertFalse(new AgentsApi(client).listAgents(null, null, 10).isEmpty());   // recorded, validated after the test
    }

    @Test
    void readsTheAccountWithAPlainHttpClient(ContractHttp http) throws Exception {
        HttpResponse<String> account = http.httpClient()
                .send(http.zendeskRequest("/account").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, account.statusCode());
    }

    @Nested
    class RequestingAgent {           // the outer class's settings and target; its own @ChatContractTest would override them
        @Test
        void showsTheRequestingAgent(ApiClient injected) throws Exception {   // or let the extension build the client
            assertEquals(200, new AgentsApi(injected).showRequestingAgentWithHttpInfo().getStatusCode());
        }
    }
}
