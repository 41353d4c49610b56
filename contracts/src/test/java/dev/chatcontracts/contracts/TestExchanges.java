package dev.chatcontracts.contracts;

import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Builds exchanges for tests from the bodies in {@code src/test/resources/exchanges}. */
public final class TestExchanges {

    public static final String ZENDESK = "https://acme.zendesk.com/api/v2/chat";
    public static final String ZOPIM = "https://www.zopim.com/api/v2";
    public static final String ZOHO = "https://salesiq.zoho.eu/api";
    public static final String ZOHO_VISITOR = "/visitor/v1/zylkerinc/conversations/666300030000479029/visitor";

    private TestExchanges() {
    }

    /** The bytes of {@code exchanges/<name>}. */
    public static byte[] resource(String name) {
        try (InputStream in = TestExchanges.class.getResourceAsStream("/exchanges/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource exchanges/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An exchange whose JSON response body is the resource {@code body}. */
    public static Exchange response(String method, String url, int status, String body) {
        return Exchange.builder().request(method, url).status(status)
                .responseHeader("Content-Type", "application/json; charset=utf-8")
                .responseBody(Body.wrap(resource(body))).build();
    }

    /** An exchange whose JSON request body is the resource {@code body}, answered with {@code responseJson}. */
    public static Exchange request(String method, String url, String body, int status, String responseJson) {
        return Exchange.builder().request(method, url).requestHeader("Content-Type", "application/json")
                .requestBody(Body.wrap(resource(body))).status(status)
                .responseHeader("Content-Type", "application/json").responseBody(responseJson).build();
    }

    /** An exchange with inline JSON bodies (either may be null). */
    public static Exchange json(String method, String url, String requestJson, int status, String responseJson) {
        Exchange.Builder builder = Exchange.builder().request(method, url).status(status)
                .responseHeader("Content-Type", "application/json").responseBody(responseJson);
        if (requestJson != null) {
            builder.requestHeader("Content-Type", "application/json").requestBody(requestJson);
        }
        return builder.build();
    }

    /** {@code key pointer} of every finding, for compact assertions. */
    public static List<String> keysAndPointers(ExchangeResult result) {
        return result.findings().stream().map(f -> f.key() + (f.pointer() == null ? "" : " " + f.pointer())).toList();
    }

    public static List<String> keys(ExchangeResult result) {
        return result.findings().stream().map(Finding::key).toList();
    }
}
