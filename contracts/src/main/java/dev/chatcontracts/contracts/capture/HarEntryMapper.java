package dev.chatcontracts.contracts.capture;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.engine.Body;
import dev.chatcontracts.contracts.engine.Exchange;
import dev.chatcontracts.contracts.engine.ExchangeSource;
import dev.chatcontracts.contracts.engine.HttpHeaders;
import dev.chatcontracts.contracts.engine.Redactor;
import dev.chatcontracts.contracts.rules.FindingKeys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one HAR 1.2 entry into an {@link Exchange}: {@code request.method/url/headers/postData.text},
 * {@code response.status/headers/content.text}, decoding {@code content.encoding: base64}; the
 * response's {@code content.mimeType} stands in for a missing Content-Type header.
 */
final class HarEntryMapper {

    private HarEntryMapper() {
    }

    static CaptureEntry map(JsonNode entry, ExchangeSource source) {
        if (!entry.isObject()) {
            return unreadable(source, "the entry is not a JSON object");
        }
        JsonNode request = entry.path("request");
        String method = request.path("method").asText(null);
        String url = request.path("url").asText(null);
        if (method == null || url == null || method.isBlank()) {
            return unreadable(source, "the entry has no request.method or request.url");
        }
        JsonNode response = entry.path("response");
        int status = response.path("status").asInt(0);
        if (!response.isObject() || status < 100 || status > 599) {
            return new CaptureEntry.Unreadable(source, FindingKeys.CAPTURE_UNREADABLE,
                    source.describe() + ": the entry has no HTTP response (status " + response.path("status").asText("absent")
                            + "; a browser records 0 for blocked or aborted requests)", method, Redactor.redactUrl(url));
        }
        Body responseBody;
        try {
            responseBody = text(response.path("content"));
        } catch (IllegalArgumentException e) {
            return new CaptureEntry.Unreadable(source, FindingKeys.CAPTURE_UNREADABLE,
                    source.describe() + ": response.content.text is not valid base64", method, Redactor.redactUrl(url));
        }
        HttpHeaders responseHeaders = headers(response.path("headers"));
        String mimeType = response.path("content").path("mimeType").asText("");
        if (responseHeaders.first("content-type").isEmpty() && !mimeType.isBlank()) {
            responseHeaders = responseHeaders.with("Content-Type", mimeType);
        }
        return new CaptureEntry.Captured(Exchange.builder().request(method, url)
                .requestHeaders(headers(request.path("headers")))
                .requestBody(postData(request.path("postData")))
                .status(status)
                .responseHeaders(responseHeaders)
                .responseBody(responseBody)
                .source(source)
                .build());
    }

    private static Body postData(JsonNode postData) {
        try {
            return text(postData);
        } catch (IllegalArgumentException e) {
            return Body.ofText(postData.path("text").asText());
        }
    }

    /** {@code text}, base64-decoded when {@code encoding} says so; null when there is no text. */
    private static Body text(JsonNode content) {
        JsonNode text = content.get("text");
        if (text == null || text.isNull()) {
            return null;
        }
        if ("base64".equalsIgnoreCase(content.path("encoding").asText())) {
            return Body.wrap(Base64.getMimeDecoder().decode(text.asText()));
        }
        return Body.wrap(text.asText().getBytes(StandardCharsets.UTF_8));
    }

    private static HttpHeaders headers(JsonNode list) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        list.forEach(header -> {
            String name = header.path("name").asText(null);
            if (name != null && !name.isBlank()) {
                headers.computeIfAbsent(name, n -> new ArrayList<>()).add(header.path("value").asText(""));
            }
        });
        return new HttpHeaders(headers);
    }

    private static CaptureEntry unreadable(ExchangeSource source, String reason) {
        return CaptureEntry.Unreadable.of(source, FindingKeys.CAPTURE_UNREADABLE, source.describe() + ": " + reason);
    }
}
