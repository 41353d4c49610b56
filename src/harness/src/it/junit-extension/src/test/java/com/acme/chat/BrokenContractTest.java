package com.acme.chat;

import dev.chatcontracts.harness.ContractHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Breaks the contract on purpose; run by its own Surefire execution that ignores failures, and
 * verify.groovy checks each test failed with its finding key.
 */
@dev.chatcontracts.harness.junit.ChatContractTest(failOn = dev.chatcontracts.contracts.findings.Severity.WARNING)
class BrokenContractTest {

    @Test
    void sendsAReadOnlyId(ContractHttp http) throws Exception {
        post(http, "{\"id\": \"1.2\", \"name\": \"Planted\"}");   // request.field.readOnly (ERROR)
    }

    @Nested
    class Inner {
        @Test
        void sendsAnUndeclaredField(ContractHttp http) throws Exception {
            post(http, "{\"name\": \"Planted\", \"favourite_colour\": \"teal\"}");   // request.field.unknown (WARNING)
        }
    }

    private static void post(ContractHttp http, String json) throws Exception {
        HttpRequest request = http.zendeskRequest("/visitors").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        http.httpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
