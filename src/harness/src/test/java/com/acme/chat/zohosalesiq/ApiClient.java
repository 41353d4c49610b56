package com.acme.chat.zohosalesiq;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;

/** Stands in for the Zoho SalesIQ client the plugin generates in a user's build under its own {@code basePackage}. */
public class ApiClient extends dev.chatcontracts.harness.client.zohosalesiq.ApiClient {
    public ApiClient(HttpClient.Builder builder, ObjectMapper mapper, String baseUri) {
        super(builder, mapper, baseUri);
    }
}
