package dev.chatcontracts.check.verify;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.IProviderInfo;
import au.com.dius.pact.provider.ProviderClient;
import au.com.dius.pact.provider.ProviderResponse;

/** Pact JVM's provider client, remembering the status of the last answer for the report. */
final class StatusCapturingClient extends ProviderClient {

    private Integer lastStatus;
    private String lastBody;

    StatusCapturingClient(IProviderInfo provider, IHttpClientFactory factory) {
        super(provider, factory);
    }

    @Override
    public ProviderResponse makeRequest(IRequest request) {
        lastStatus = null;
        lastBody = null;
        ProviderResponse response = super.makeRequest(request);
        lastStatus = response.getStatusCode();
        lastBody = response.getBody() == null || !response.getBody().isPresent() ? null : response.getBody().valueAsString();
        return response;
    }

    /** The body of the last answer, or null. */
    String lastBody() {
        return lastBody;
    }

    /** The status of the last answer; null when the last request got none. */
    Integer lastStatus() {
        return lastStatus;
    }
}
