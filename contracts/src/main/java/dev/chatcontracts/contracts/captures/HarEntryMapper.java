package dev.chatcontracts.contracts.captures;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.exchange.HttpHeaders;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingMessage;
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

    /**
     * The parts of an entry (itself a JSON object) that the mapping reads, as {@link HarStreamedEntryReader}
     * reads them; an absent part is a {@code MissingNode}.
     *
     * @param method {@code request.method}
     * @param url {@code request.url}
     * @param requestHeaders {@code request.headers}
     * @param requestText {@code request.postData}'s text and encoding
     * @param responseIsObject whether {@code response} is a JSON object
     * @param status {@code response.status}
     * @param responseHeaders {@code response.headers}
     * @param mimeType {@code response.content.mimeType}
     * @param responseText {@code response.content}'s text and encoding
     */
    record Parts(JsonNode method, JsonNode url, JsonNode requestHeaders, BodyText requestText, boolean responseIsObject,
            JsonNode status, JsonNode responseHeaders, JsonNode mimeType, BodyText responseText) {
    }

    /** The {@code text} of a {@code postData} or {@code content} object, with its {@code encoding}. */
    interface BodyText {

        /** {@code text}, base64-decoded when {@code encoding} says so; null when there is no text. */
        Body decoded() throws IllegalArgumentException;

        /** {@code text} as UTF-8, not decoded (a request body whose base64 is not valid is kept as sent). */
        Body raw();

        /** The text held in a tree: {@code postData} or {@code content} (or a missing node). */
        static BodyText held(JsonNode content) {
            return new BodyText() {
                @Override
                public Body decoded() {
                    return text(content);
                }

                @Override
                public Body raw() {
                    return Body.ofText(content.path("text").asText());
                }
            };
        }
    }

    /** Maps the parts of an entry that is a JSON object. */
    static CaptureEntry map(ExchangeSource source, Parts entry) {
        String method = entry.method().asText(null);
        String url = entry.url().asText(null);
        if (method == null || url == null || method.isBlank()) {
            return unreadable(source, "noRequest");
        }
        int status = entry.status().asInt(0);
        if (!entry.responseIsObject() || status < 100 || status > 599) {
            return new CaptureEntry.Unreadable(source, FindingMessage.variant(FindingKeys.CAPTURE_UNREADABLE, "noResponse",
                    "source", source.describe(), "status", entry.status().asText("absent")), method, Redactor.redactUrl(url));
        }
        Body responseBody;
        try {
            responseBody = entry.responseText().decoded();
        } catch (IllegalArgumentException e) {
            return new CaptureEntry.Unreadable(source, FindingMessage.variant(FindingKeys.CAPTURE_UNREADABLE, "badBase64",
                    "source", source.describe()), method, Redactor.redactUrl(url));
        }
        HttpHeaders responseHeaders = headers(entry.responseHeaders());
        String mimeType = entry.mimeType().asText("");
        if (responseHeaders.first("content-type").isEmpty() && !mimeType.isBlank()) {
            responseHeaders = responseHeaders.with("Content-Type", mimeType);
        }
        return new CaptureEntry.Captured(Exchange.builder().request(method, url)
                .requestHeaders(headers(entry.requestHeaders()))
                .requestBody(postData(entry.requestText()))
                .status(status)
                .responseHeaders(responseHeaders)
                .responseBody(responseBody)
                .source(source)
                .build());
    }

    /** An entry that is not a JSON object. */
    static CaptureEntry notAnObject(ExchangeSource source) {
        return unreadable(source, "notObject");
    }

    private static Body postData(BodyText postData) {
        try {
            return postData.decoded();
        } catch (IllegalArgumentException e) {
            return postData.raw();
        }
    }

    /** {@code text}, base64-decoded when {@code encoding} says so; null when there is no text. */
    private static Body text(JsonNode content) {
        JsonNode text = content.get("text");
        if (text == null || text.isNull()) {
            return null;
        }
        if (isBase64(content.path("encoding"))) {
            return Body.wrap(Base64.getMimeDecoder().decode(text.asText()));
        }
        return Body.wrap(text.asText().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an {@code encoding} value says base64. */
    static boolean isBase64(JsonNode encoding) {
        return "base64".equalsIgnoreCase(encoding.asText());
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

    private static CaptureEntry unreadable(ExchangeSource source, String variant) {
        return CaptureEntry.Unreadable.of(source, FindingMessage.variant(FindingKeys.CAPTURE_UNREADABLE, variant,
                "source", source.describe()));
    }
}
