package dev.chatcontracts.pact.verify;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.IProviderInfo;
import au.com.dius.pact.provider.ProviderClient;
import au.com.dius.pact.provider.ProviderResponse;

/** Pact JVM's provider client, remembering the status of the last answer for the report. */
final class StatusCapturingClient extends ProviderClient {

    private Integer lastStatus;

    StatusCapturingClient(IProviderInfo provider, IHttpClientFactory factory) {
        super(provider, factory);
    }

    @Override
    public ProviderResponse makeRequest(IRequest request) {
        lastStatus = null;
        ProviderResponse response = super.makeRequest(request);
        lastStatus = response.getStatusCode();
        return response;
    }

    /** The status of the last answer; null when the last request got none. */
    Integer lastStatus() {
        return lastStatus;
    }
}
