package com.acme.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.chat.zendeskchat.api.AgentsApi;
import com.acme.chat.zohosalesiq.api.ConversationsApi;
import com.acme.chat.zohosalesiq.model.SalesIQConversationVisitorUpdate;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.harness.ContractHttp;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.ExchangeRecorder;
import dev.chatcontracts.harness.junit.ChatContractTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Both APIs' clients of this build injected, every exchange recorded, and the settings reaching a nested class. */
@ChatContractTest(failOn = Severity.WARNING)
class OwnClientInjectionTest {

    @Test
    void bothGeneratedClientsAreInjectedAndRecorded(com.acme.chat.zendeskchat.ApiClient zendesk, com.acme.chat.zohosalesiq.ApiClient salesIq,
            ExchangeRecorder recorder, ContractTarget target) throws Exception {
        new AgentsApi(zendesk).listAgents(null, null, 2);
        var conversation = target.salesIqConversation().orElseThrow();
        new ConversationsApi(salesIq).updateConversationVisitor(conversation.screenName(), conversation.conversationId(),
                new SalesIQConversationVisitorUpdate().lastName("Consumer"));

        assertEquals(2, recorder.size());
    }

    @Nested
    class Inner {
        @Test
        void aPlainClientWithSettingsOfItsOwnIsRecorded(ContractHttp http) throws Exception {
            var client = http.recordingHttpClientBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = http.zendeskRequest("/agents?limit=1").build();

            assertEquals(200, client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(1, http.recorder().size());
        }
    }
}
