package org.example.chat;

import dev.chatcontracts.client.zendeskchat.ApiClient;
import dev.chatcontracts.client.zendeskchat.ChatAuth;
import dev.chatcontracts.client.zendeskchat.ChatClients;
import dev.chatcontracts.client.zendeskchat.api.AgentsApi;
import dev.chatcontracts.client.zohosalesiq.api.ConversationsApi;

/** Compiles only if the generated client is on the compile source path. */
public class UsesTheClient {
    public static AgentsApi agents(String baseUrl, String token) {
        ApiClient client = ChatClients.create(baseUrl, ChatAuth.bearer(token));
        return new AgentsApi(client);
    }

    public static Class<?> zoho() {
        return ConversationsApi.class;
    }
}
