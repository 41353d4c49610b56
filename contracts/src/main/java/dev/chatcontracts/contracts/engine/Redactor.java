package dev.chatcontracts.contracts.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets before anything is stored, printed or reported: the values of credential headers
 * ({@code Authorization}, {@code Proxy-Authorization}, {@code Cookie}, {@code Set-Cookie}, {@code
 * X-Api-Key}, {@code X-Auth-Token}), of secret query parameters and URL fragments ({@code
 * access_token}, {@code token}, {@code oauth_token}, {@code api_token}, {@code api_key}, {@code password},
 * and as query parameters also {@code key}, {@code sig}, ...), of user info in URLs (also inside free text,
 * {@link #redactText}), and of
 * JSON fields with those names ({@code password}) at any depth. Values become {@value #MASK}.
 */
public final class Redactor {

    public static final String MASK = "[REDACTED]";

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "set-cookie", "x-api-key", "x-auth-token");
    private static final Set<String> SECRET_NAMES = Set.of("access_token", "refresh_token", "id_token", "token",
            "auth_token", "oauth_token", "api_token", "api_key", "apikey", "password", "client_secret", "secret");
    /** Query parameter names that hold secrets besides {@link #SECRET_NAMES} (too common as JSON field names). */
    private static final Set<String> SECRET_PARAMETERS_ONLY = Set.of("key", "sig", "signature", "passwd", "pwd");
    private static final String PARAMETER_NAMES = String.join("|", SECRET_NAMES) + "|" + String.join("|", SECRET_PARAMETERS_ONLY);
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "([?&#;](?:" + PARAMETER_NAMES + ")=)[^&#;]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@]*@");
    /** In free text: a parameter's value ends at whitespace or a quote too. */
    private static final Pattern SECRET_PARAMETER_IN_TEXT = Pattern.compile(
            "([?&#;](?:" + PARAMETER_NAMES + ")=)[^&#;\\s\"'<>]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_INFO_IN_TEXT = Pattern.compile("(\\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@\\s\"'<>]*@");

    private Redactor() {
    }

    /** The exchange with its headers and URL redacted; bodies are redacted once parsed ({@link #redactTree}). */
    public static Exchange redactExchange(Exchange exchange) {
        return exchange.toBuilder()
                .url(redactUrl(exchange.url()))
                .requestHeaders(redactHeaders(exchange.requestHeaders()))
                .responseHeaders(redactHeaders(exchange.responseHeaders()))
                .build();
    }

    /** The URL with secret query/fragment parameters and user info masked. */
    public static String redactUrl(String url) {
        if (url == null) {
            return null;
        }
        String withoutUser = USER_INFO.matcher(url).replaceFirst("$1" + Matcher.quoteReplacement(MASK) + "@");
        return SECRET_PARAMETER.matcher(withoutUser).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /**
     * Free text (a message, an exception's text) with the secrets of every URL in it masked: user info after
     * {@code scheme://} and the values of secret query/fragment parameters ({@code ?token=}, {@code &key=}).
     */
    public static String redactText(String text) {
        if (text == null) {
            return null;
        }
        String withoutUser = USER_INFO_IN_TEXT.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
        return SECRET_PARAMETER_IN_TEXT.matcher(withoutUser).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /** The headers with the values of credential headers masked. */
    public static HttpHeaders redactHeaders(HttpHeaders headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.values().forEach((name, values) -> copy.put(name, isSecretHeader(name) ? masked(values.size()) : values));
        return new HttpHeaders(copy);
    }

    public static boolean isSecretHeader(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a JSON field or query parameter of this name holds a secret. */
    public static boolean isSecretName(String name) {
        return SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Masks, in place, the non-null values of secret-named fields at any depth; returns the tree. */
    public static JsonNode redactTree(JsonNode tree) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(tree);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isObject()) {
                ObjectNode object = (ObjectNode) node;
                List<String> secrets = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (isSecretName(field.getKey()) && !field.getValue().isNull()) {
                        secrets.add(field.getKey());
                    } else if (field.getValue().isContainerNode()) {
                        pending.push(field.getValue());
                    }
                }
                secrets.forEach(name -> object.set(name, TextNode.valueOf(MASK)));
            } else if (node.isArray()) {
                node.forEach(child -> {
                    if (child.isContainerNode()) {
                        pending.push(child);
                    }
                });
            }
        }
        return tree;
    }

    private static List<String> masked(int count) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(MASK);
        }
        return values;
    }
}
