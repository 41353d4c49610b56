package dev.chatcontracts.harness;

import dev.chatcontracts.harness.client.zendeskchat.ApiClient;
import java.util.Optional;

/**
 * The generated clients of a target, configured with its base URLs and credentials, recording every
 * exchange, spending the target's request budget and waiting out 429s.
 */
public final class HarnessClients {

    private final ContractTarget target;
    private final ExchangeRecorder recorder;
    private final RequestBudget budget;

    public HarnessClients(ContractTarget target, ExchangeRecorder recorder) {
        this.target = target;
        this.recorder = recorder;
        this.budget = new RequestBudget(target.requestsPerMinute());
    }

    /** A Zendesk Chat client. */
    public ApiClient zendesk() {
        var settings = dev.chatcontracts.harness.client.zendeskchat.ClientSettings.defaults();
        ApiClient client = new ApiClient(
                dev.chatcontracts.harness.client.zendeskchat.RetryAfterHttpClient.wrap(
                        RecordingHttpClient.wrap(ApiClient.createDefaultHttpClientBuilder(), recorder, budget), settings),
                ApiClient.createDefaultObjectMapper(), target.zendeskBaseUrl().toString());
        client.setReadTimeout(settings.readTimeout());
        client.setRequestInterceptor(target.zendeskAuthentication());
        return client;
    }

    /** A Zoho SalesIQ client, when the target has a SalesIQ base URL. */
    public Optional<dev.chatcontracts.harness.client.zohosalesiq.ApiClient> salesIq() {
        return target.salesIqBaseUrl().map(base -> {
            var settings = dev.chatcontracts.harness.client.zohosalesiq.ClientSettings.defaults();
            var client = new dev.chatcontracts.harness.client.zohosalesiq.ApiClient(
                    dev.chatcontracts.harness.client.zohosalesiq.RetryAfterHttpClient.wrap(
                            RecordingHttpClient.wrap(dev.chatcontracts.harness.client.zohosalesiq.ApiClient.createDefaultHttpClientBuilder(),
                                    recorder, budget), settings),
                    dev.chatcontracts.harness.client.zohosalesiq.ApiClient.createDefaultObjectMapper(), base.toString());
            client.setReadTimeout(settings.readTimeout());
            client.setRequestInterceptor(target.zohoAuthentication());
            return client;
        });
    }

    public ExchangeRecorder recorder() {
        return recorder;
    }
}
