package dev.chatcontracts.contracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server of a spec, split into the hosts it names and its base path: {@code
 * https://{subdomain}.zendesk.com/api/v2/chat} is any {@code *.zendesk.com} host with base path
 * {@code /api/v2/chat}; a variable with an {@code enum} matches its listed values only.
 *
 * @param url the server URL as the spec writes it
 * @param host a pattern for the host (case-insensitive), or {@code null} for a relative server URL
 * @param basePath the base path without a trailing slash ({@code ""} for the root)
 * @param defaultUrl the URL with every variable at its default, without a trailing slash
 */
public record ServerBase(String url, Pattern host, String basePath, String defaultUrl) {

    private static final Pattern ABSOLUTE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/]*)(/.*)?$");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** Reads one entry of a spec's {@code servers}. */
    public static ServerBase of(JsonNode server) {
        String url = server.path("url").asText("/");
        JsonNode variables = server.path("variables");
        Matcher absolute = ABSOLUTE.matcher(url);
        String defaultUrl = trimSlash(substitute(url, variables));
        if (!absolute.matches()) {
            return new ServerBase(url, null, defaultUrl, defaultUrl);
        }
        Pattern host = Pattern.compile(hostPattern(absolute.group(1), variables), Pattern.CASE_INSENSITIVE);
        String path = absolute.group(2) == null ? "" : substitute(absolute.group(2), variables);
        return new ServerBase(url, host, trimSlash(path), defaultUrl);
    }

    /** Whether {@code hostName} (no port) is one of this server's hosts. */
    public boolean hostMatches(String hostName) {
        return host != null && hostName != null && host.matcher(hostName.toLowerCase(Locale.ROOT)).matches();
    }

    /** The path after the base path when {@code path} starts with it (whole segments), else null. */
    public String remainder(String path) {
        if (basePath.isEmpty()) {
            return path;
        }
        if (path.equals(basePath)) {
            return "/";
        }
        int length = basePath.length();
        return path.length() > length && path.charAt(length) == '/' && path.startsWith(basePath) ? path.substring(length) : null;
    }

    private static String hostPattern(String authority, JsonNode variables) {
        String hostOnly = authority.replaceFirst(":\\d+$", "");
        StringBuilder regex = new StringBuilder();
        Matcher variable = VARIABLE.matcher(hostOnly);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(hostOnly.substring(last, variable.start())));
            regex.append(variablePattern(variables.path(variable.group(1))));
            last = variable.end();
        }
        return regex.append(Pattern.quote(hostOnly.substring(last))).toString();
    }

    private static String variablePattern(JsonNode variable) {
        JsonNode values = variable.path("enum");
        if (!values.isArray() || values.isEmpty()) {
            return "[^./:]+";
        }
        List<String> quoted = new ArrayList<>();
        values.forEach(v -> quoted.add(Pattern.quote(v.asText().toLowerCase(Locale.ROOT))));
        return "(?:" + String.join("|", quoted) + ")";
    }

    private static String substitute(String text, JsonNode variables) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String fallback = variables.path(variable.group(1)).path("default").asText(variable.group(1));
            variable.appendReplacement(out, Matcher.quoteReplacement(fallback));
        }
        variable.appendTail(out);
        return out.toString();
    }

    private static String trimSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
