package dev.chatcontracts.harness;

import dev.chatcontracts.harness.client.zendeskchat.ApiClient;
import java.util.Optional;

/**
 * The generated clients of a target, configured with its base URLs and credentials, recording every
 * exchange, spending the target's request budget and waiting out 429s.
 */
public final class HarnessClients {

    private final ContractHttp http;

    /** Clients recording into {@code recorder}, with a request budget of their own. */
    public HarnessClients(ContractTarget target, ExchangeRecorder recorder) {
        this(new ContractHttp(target, recorder, new RequestBudget(target.requestsPerMinute())));
    }

    /** Clients on {@code http}'s recorder, budget, base URLs and credentials. */
    public HarnessClients(ContractHttp http) {
        this.http = http;
    }

    /** A Zendesk Chat client. */
    public ApiClient zendesk() {
        var settings = dev.chatcontracts.harness.client.zendeskchat.ClientSettings.defaults();
        ApiClient client = new ApiClient(
                dev.chatcontracts.harness.client.zendeskchat.RetryAfterHttpClient.wrap(
                        http.recording(ApiClient.createDefaultHttpClientBuilder()), settings, http.zendeskBaseUrl().toString()),
                ApiClient.createDefaultObjectMapper(), http.zendeskBaseUrl().toString());
        client.setReadTimeout(settings.readTimeout());
        client.setRequestInterceptor(http.zendeskAuthentication());
        return client;
    }

    /** A Zoho SalesIQ client, when the target has a SalesIQ base URL. */
    public Optional<dev.chatcontracts.harness.client.zohosalesiq.ApiClient> salesIq() {
        return http.salesIqBaseUrl().map(base -> {
            var settings = dev.chatcontracts.harness.client.zohosalesiq.ClientSettings.defaults();
            var client = new dev.chatcontracts.harness.client.zohosalesiq.ApiClient(
                    dev.chatcontracts.harness.client.zohosalesiq.RetryAfterHttpClient.wrap(
                            http.recording(dev.chatcontracts.harness.client.zohosalesiq.ApiClient.createDefaultHttpClientBuilder()), settings,
                            base.toString()),
                    dev.chatcontracts.harness.client.zohosalesiq.ApiClient.createDefaultObjectMapper(), base.toString());
            client.setReadTimeout(settings.readTimeout());
            client.setRequestInterceptor(http.zohoAuthentication());
            return client;
        });
    }

    public ExchangeRecorder recorder() {
        return http.recorder();
    }

    /** The recording HTTP clients, base URLs and credentials these clients are made of. */
    public ContractHttp http() {
        return http;
    }
}
