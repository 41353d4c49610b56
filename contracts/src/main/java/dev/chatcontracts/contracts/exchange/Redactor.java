package dev.chatcontracts.contracts.exchange;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets before anything is stored, printed or reported: the values of every header, query or fragment
 * parameter and JSON field whose name contains, case-insensitively, {@code token}, {@code secret}, {@code password},
 * {@code passwd}, {@code api_key} ({@code api-key}, {@code apikey}), {@code auth} (not as the start of {@code author}:
 * {@code author_id} is kept), {@code session}, {@code cookie} or {@code signature} ({@code Authorization},
 * {@code Set-Cookie}, {@code oauth_token}, {@code api_token}, {@code client_secret}...), of the query parameters {@code key}, {@code sig}, {@code pwd}, and of
 * user info in URLs (also inside free text, {@link #redactText}). JSON fields at any depth: scalar values and the
 * scalar items of arrays are masked, objects kept (see {@link #redactTree}). Values become {@value #MASK}.
 */
public final class Redactor {

    public static final String MASK = "[REDACTED]";

    /**
     * What a secret's name contains, case-insensitively: {@code token}, {@code secret}, {@code password},
     * {@code passwd}, {@code api_key}/{@code api-key}/{@code api.key}/{@code apikey}, {@code auth}, {@code session},
     * {@code cookie}, {@code signature}. Headers, query/fragment parameters and JSON fields alike. {@code auth} is not
     * matched where it begins the word {@code author} ({@code author_id}, {@code authored_at}, {@code coauthors}), but
     * is in {@code authorization}/{@code authorisation}.
     */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "token|secret|passw(?:or)?d|api[_.-]?key|auth(?!or(?!i[sz]))|session|cookie|signature", Pattern.CASE_INSENSITIVE);
    private static final int REMEMBERED_NAMES = 4096;
    private static final Map<String, Boolean> SECRET_NAMES = new ConcurrentHashMap<>();
    /** Query parameter names that hold secrets besides {@link #SECRET_NAME} (too common as JSON field names). */
    private static final Set<String> SECRET_PARAMETERS_ONLY = Set.of("key", "sig", "pwd");
    /** A query or fragment parameter: its separator, name and value. */
    private static final Pattern PARAMETER = Pattern.compile("([?&#;])([^=&#;?]+)=([^&#;]*)");
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@]*@");
    /** In free text: a parameter's name and value end at whitespace or a quote too. */
    private static final Pattern PARAMETER_IN_TEXT = Pattern.compile("([?&#;])([^=&#;?\\s\"'<>]+)=([^&#;\\s\"'<>]*)");
    private static final Pattern USER_INFO_IN_TEXT = Pattern.compile("(\\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@\\s\"'<>]*@");

    private Redactor() {
    }

    /** The exchange with its headers and URL redacted; bodies are redacted once parsed ({@link #redactTree}). */
    public static Exchange redactExchange(Exchange exchange) {
        String url = redactUrl(exchange.url());
        HttpHeaders requestHeaders = redactHeaders(exchange.requestHeaders());
        HttpHeaders responseHeaders = redactHeaders(exchange.responseHeaders());
        if (url == exchange.url() && requestHeaders == exchange.requestHeaders()
                && responseHeaders == exchange.responseHeaders()) {
            return exchange; // nothing to mask: each part came back as it was
        }
        return exchange.toBuilder().url(url).requestHeaders(requestHeaders).responseHeaders(responseHeaders).build();
    }

    /** The URL with secret query/fragment parameters and user info masked. */
    public static String redactUrl(String url) {
        if (url == null) {
            return null;
        }
        // no '@': no user info; no '=': no parameter with a value (the usual URL is passed back as it is)
        String withoutUser = url.indexOf('@') < 0 ? url
                : USER_INFO.matcher(url).replaceFirst("$1" + Matcher.quoteReplacement(MASK) + "@");
        return withoutUser.indexOf('=') < 0 ? withoutUser : redactParameters(PARAMETER, withoutUser);
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
        return redactParameters(PARAMETER_IN_TEXT, withoutUser);
    }

    private static String redactParameters(Pattern parameter, String text) {
        Matcher matcher = parameter.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement = isSecretParameter(matcher.group(2)) && !matcher.group(3).isEmpty()
                    ? matcher.group(1) + matcher.group(2) + "=" + MASK : matcher.group();
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** Whether a query or fragment parameter of this name (percent-encoded or not) holds a secret. */
    public static boolean isSecretParameter(String name) {
        String decoded = name;
        try {
            decoded = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // not percent-encoding: the name as it is
        }
        return isSecretName(decoded) || SECRET_PARAMETERS_ONLY.contains(decoded.trim().toLowerCase(Locale.ROOT));
    }

    /** The headers with the values of credential headers masked. */
    public static HttpHeaders redactHeaders(HttpHeaders headers) {
        if (!hasSecretHeader(headers)) {
            return headers;
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.values().forEach((name, values) -> copy.put(name, isSecretHeader(name) ? masked(values.size()) : values));
        return new HttpHeaders(copy);
    }

    private static boolean hasSecretHeader(HttpHeaders headers) {
        for (String name : headers.values().keySet()) {
            if (isSecretHeader(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a header of this name holds a secret ({@code Authorization}, {@code Cookie}, {@code X-Api-Key}...). */
    public static boolean isSecretHeader(String name) {
        return isSecretName(name);
    }

    /**
     * Whether a JSON field, header or query parameter of this name holds a secret: see {@link #SECRET_NAME}. The
     * answers for short names are remembered (an API has few field names, and every body repeats them), up to
     * {@value #REMEMBERED_NAMES} names, so that hostile input cannot grow the memory.
     */
    public static boolean isSecretName(String name) {
        if (name == null) {
            return false;
        }
        Boolean known = SECRET_NAMES.get(name);
        if (known != null) {
            return known;
        }
        boolean secret = SECRET_NAME.matcher(name).find();
        if (name.length() <= 64 && SECRET_NAMES.size() < REMEMBERED_NAMES) {
            SECRET_NAMES.put(name, secret);
        }
        return secret;
    }

    /**
     * Masks, in place, the scalar values of secret-named fields at any depth, and the scalar items of their
     * arrays; an object under a secret name (a Zendesk chat's {@code session}) is kept, its own fields judged
     * by their names, so that the schema rules still see it. Null stays null. Returns the tree.
     */
    public static JsonNode redactTree(JsonNode tree) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        Deque<Boolean> secret = new ArrayDeque<>();
        pending.push(tree);
        secret.push(false);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            boolean secretItems = secret.pop();
            if (node.isObject()) {
                ObjectNode object = (ObjectNode) node;
                List<String> secrets = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    boolean secretName = isSecretName(field.getKey());
                    if (field.getValue().isContainerNode()) {
                        pending.push(field.getValue());
                        secret.push(secretName && field.getValue().isArray());
                    } else if (secretName && !field.getValue().isNull()) {
                        secrets.add(field.getKey());
                    }
                }
                secrets.forEach(name -> object.set(name, TextNode.valueOf(MASK)));
            } else if (node.isArray()) {
                com.fasterxml.jackson.databind.node.ArrayNode array = (com.fasterxml.jackson.databind.node.ArrayNode) node;
                for (int i = 0; i < array.size(); i++) {
                    JsonNode child = array.get(i);
                    if (child.isContainerNode()) {
                        pending.push(child);
                        secret.push(secretItems && child.isArray());
                    } else if (secretItems && !child.isNull()) {
                        array.set(i, TextNode.valueOf(MASK));
                    }
                }
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
