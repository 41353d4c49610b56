package com.acme.chat.tickets;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;

/** A generated client of a spec whose package names neither API: the extension cannot tell where it goes. */
public class ApiClient extends dev.chatcontracts.harness.client.zendeskchat.ApiClient {
    public ApiClient(HttpClient.Builder builder, ObjectMapper mapper, String baseUri) {
        super(builder, mapper, baseUri);
    }
}
