package dev.chatcontracts.contracts.exchange;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a request URL the matcher needs, read leniently (a URL that {@link java.net.URI}
 * rejects still has a host and a path). A URL that starts with {@code /} is a path on any host.
 *
 * <p>A URL of printable ASCII without spaces (what captures hold) is split into host and path by hand, character by
 * character; any other by the patterns that define the split ({@link #parseByPattern}), which the hand reading equals
 * on every URL it reads ({@code RequestUrlTest}). Both make the path the same way ({@link #normalize}). The patterns cost every exchange about a microsecond, and many times that
 * while a JVM is still interpreting them.
 *
 * @param host the host name without port or user info, lower case; {@code null} for a bare path
 * @param path the raw path, without a trailing slash ({@code /} for the root)
 */
public record RequestUrl(String host, String path) {

    private static final Pattern ABSOLUTE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#]*)([^?#]*).*$", Pattern.DOTALL);
    private static final Pattern PORT = Pattern.compile(":\\d*$");
    private static final Pattern RELATIVE = Pattern.compile("^(/[^?#]*).*$", Pattern.DOTALL);
    /** What {@link #parsePlain} gives for a URL it leaves to the patterns. */
    private static final RequestUrl NOT_PLAIN = new RequestUrl("", "");

    /** Reads a URL; {@code null} when it is neither absolute nor a path. */
    public static RequestUrl parse(String url) {
        RequestUrl plain = parsePlain(url);
        return plain != NOT_PLAIN ? plain : parseByPattern(url);
    }

    /** The reading by patterns, for any URL. */
    static RequestUrl parseByPattern(String url) {
        Matcher absolute = ABSOLUTE.matcher(url.trim());
        if (absolute.matches()) {
            String authority = absolute.group(1);
            String host = withoutPort(authority.substring(authority.lastIndexOf('@') + 1));
            return new RequestUrl(host.toLowerCase(Locale.ROOT), normalize(absolute.group(2)));
        }
        Matcher relative = RELATIVE.matcher(url.trim());
        return relative.matches() ? new RequestUrl(null, normalize(relative.group(1))) : null;
    }

    /** The reading by hand of a URL of printable ASCII without spaces; {@link #NOT_PLAIN} for any other. */
    static RequestUrl parsePlain(String url) {
        int length = url.length();
        for (int i = 0; i < length; i++) {
            char c = url.charAt(i);
            if (c < '!' || c > '~') {
                return NOT_PLAIN;
            }
        }
        int schemeEnd = 0;
        if (length > 0 && isLetter(url.charAt(0))) {
            schemeEnd = 1;
            while (schemeEnd < length && isSchemeChar(url.charAt(schemeEnd))) {
                schemeEnd++;
            }
        }
        if (schemeEnd > 0 && url.startsWith("://", schemeEnd)) {
            int authorityStart = schemeEnd + 3;
            int authorityEnd = authorityEnd(url, authorityStart);
            int pathEnd = pathEnd(url, authorityEnd);
            String authority = url.substring(authorityStart, authorityEnd);
            String host = withoutPlainPort(authority.substring(authority.lastIndexOf('@') + 1));
            return new RequestUrl(host.toLowerCase(Locale.ROOT), normalize(url.substring(authorityEnd, pathEnd)));
        }
        if (length > 0 && url.charAt(0) == '/') {
            return new RequestUrl(null, normalize(url.substring(0, pathEnd(url, 0))));
        }
        return null;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isSchemeChar(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
    }

    /** The index of the first {@code /}, {@code ?} or {@code #} at or after {@code from}, or the length. */
    private static int authorityEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return text.length();
    }

    /** The index of the first {@code ?} or {@code #} at or after {@code from}, or the length. */
    private static int pathEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?' || c == '#') {
                return i;
            }
        }
        return text.length();
    }

    /** {@link #withoutPort} by hand: only the last {@code :} can be followed by nothing but digits. */
    private static String withoutPlainPort(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0) {
            return hostPort;
        }
        for (int i = colon + 1; i < hostPort.length(); i++) {
            char c = hostPort.charAt(i);
            if (c < '0' || c > '9') {
                return hostPort;
            }
        }
        return hostPort.substring(0, colon);
    }

    /** The path with every run of slashes made one and without a trailing slash ({@code /} for an empty path). */
    private static String normalize(String path) {
        String single = path;
        if (path.contains("//")) {
            StringBuilder collapsed = new StringBuilder(path.length());
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c != '/' || collapsed.length() == 0 || collapsed.charAt(collapsed.length() - 1) != '/') {
                    collapsed.append(c);
                }
            }
            single = collapsed.toString();
        }
        if (single.isEmpty()) {
            return "/";
        }
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }

    /** The host without a trailing {@code :port} (digits, possibly none). */
    private static String withoutPort(String hostPort) {
        return hostPort.indexOf(':') < 0 ? hostPort : PORT.matcher(hostPort).replaceFirst("");
    }
}
