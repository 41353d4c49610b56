package com.acme.chat.zendeskchat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;

/**
 * Stands in for the Zendesk Chat client the plugin generates in a user's build under its own
 * {@code basePackage}: same name, same constructor, in a package the harness does not know.
 */
public class ApiClient extends dev.chatcontracts.harness.client.zendeskchat.ApiClient {
    public ApiClient(HttpClient.Builder builder, ObjectMapper mapper, String baseUri) {
        super(builder, mapper, baseUri);
    }
}
