package dev.chatcontracts.contracts.contract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request body or a response as the spec documents it: its media types and where their schemas are.
 *
 * @param location the JSON pointer of the request body or response object in the spec
 * @param key the response's status key ({@code 200}, {@code 4XX}, {@code default}), or {@code request}
 * @param required for a request body, whether it is required
 * @param schemaPointers media type to the JSON pointer of its schema in the spec, in spec order; a
 *     media type without a schema maps to {@code null}; empty when no content is documented
 */
public record DocumentedContent(String location, String key, boolean required, Map<String, String> schemaPointers) {

    public DocumentedContent {
        schemaPointers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(schemaPointers));
    }

    public boolean hasContent() {
        return !schemaPointers.isEmpty();
    }

    /**
     * The documented media type for a Content-Type header value (parameters ignored): the exact type,
     * then a documented wildcard ({@code application/*}, {@code *}{@code /*}). Without a header, the
     * first JSON media type, else the first.
     */
    public Optional<String> mediaTypeFor(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return schemaPointers.keySet().stream().filter(DocumentedContent::isJson).findFirst()
                    .or(() -> schemaPointers.keySet().stream().findFirst());
        }
        String wanted = essence(contentType);
        for (String documented : schemaPointers.keySet()) {
            if (essence(documented).equals(wanted)) {
                return Optional.of(documented);
            }
        }
        String wildcard = wanted.substring(0, Math.max(0, wanted.indexOf('/'))) + "/*";
        return schemaPointers.keySet().stream()
                .filter(d -> essence(d).equals(wildcard) || essence(d).equals("*/*")).findFirst();
    }

    /** {@code application/json} and {@code application/*+json} media types. */
    public static boolean isJson(String mediaType) {
        String essence = essence(mediaType);
        return essence.equals("application/json") || essence.endsWith("+json");
    }

    /** The type/subtype without parameters, lower case. */
    public static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        String type = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }
}
