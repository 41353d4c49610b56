package dev.chatcontracts.contracts.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a request URL the matcher needs, read leniently (a URL that {@link java.net.URI}
 * rejects still has a host and a path). A URL that starts with {@code /} is a path on any host.
 *
 * @param host the host name without port or user info, lower case; {@code null} for a bare path
 * @param path the raw path, without a trailing slash ({@code /} for the root)
 */
public record RequestUrl(String host, String path) {

    private static final Pattern ABSOLUTE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#]*)([^?#]*).*$", Pattern.DOTALL);
    private static final Pattern PORT = Pattern.compile(":\\d*$");
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");
    private static final Pattern RELATIVE = Pattern.compile("^(/[^?#]*).*$", Pattern.DOTALL);

    /** Reads a URL; {@code null} when it is neither absolute nor a path. */
    public static RequestUrl parse(String url) {
        Matcher absolute = ABSOLUTE.matcher(url.trim());
        if (absolute.matches()) {
            String authority = absolute.group(1);
            String host = withoutPort(authority.substring(authority.lastIndexOf('@') + 1));
            return new RequestUrl(host.toLowerCase(java.util.Locale.ROOT), normalize(absolute.group(2)));
        }
        Matcher relative = RELATIVE.matcher(url.trim());
        return relative.matches() ? new RequestUrl(null, normalize(relative.group(1))) : null;
    }

    /** The host without a trailing {@code :port} (digits, possibly none). */
    private static String withoutPort(String hostPort) {
        return hostPort.indexOf(':') < 0 ? hostPort : PORT.matcher(hostPort).replaceFirst("");
    }

    private static String normalize(String path) {
        String trimmed = path.contains("//") ? REPEATED_SLASHES.matcher(path).replaceAll("/") : path;
        if (trimmed.isEmpty()) {
            return "/";
        }
        return trimmed.length() > 1 && trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
