package dev.chatcontracts.contracts.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path template of a spec ({@code /agents/{agent_id}}), matched segment by segment. A segment is
 * either literal or a whole-segment parameter.
 *
 * @param template the template as the spec writes it
 * @param segments its segments, without the leading empty one
 */
public record PathTemplate(String template, List<String> segments) {

    public PathTemplate {
        segments = List.copyOf(segments);
    }

    // written out: a record's own equals and hashCode are linked through invokedynamic on first use, which
    // generates classes while the CLI starts (benchmarks README, eighth pass)
    @Override
    public boolean equals(Object other) {
        return other instanceof PathTemplate that && template.equals(that.template) && segments.equals(that.segments);
    }

    @Override
    public int hashCode() {
        return 31 * template.hashCode() + segments.hashCode();
    }

    public static PathTemplate parse(String template) {
        return new PathTemplate(template, split(template));
    }

    /** The segments of a path: {@code /a/b/} gives {@code [a, b]}; empty segments are dropped. A new list, the caller's to change. */
    public static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (end > start) {
                parts.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return parts;
    }

    /** Whether {@code pathSegments} fit this template (as {@link #match}, without building the values). */
    public boolean fits(List<String> pathSegments) {
        if (pathSegments.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (!isParameter(segment) && !segment.equals(pathSegments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The parameter values when {@code pathSegments} fit this template. */
    public Optional<Map<String, String>> match(List<String> pathSegments) {
        if (pathSegments.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isParameter(segment)) {
                parameters.put(segment.substring(1, segment.length() - 1), pathSegments.get(i));
            } else if (!segment.equals(pathSegments.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    /**
     * Orders two templates that both match a path: the one with a literal segment where the other has
     * a parameter, at the first position they differ, comes first ({@code /agents/me} before
     * {@code /agents/{agent_id}}).
     */
    public int compareSpecificity(PathTemplate other) {
        int shared = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < shared; i++) {
            boolean mine = isParameter(segments.get(i));
            boolean theirs = isParameter(other.segments.get(i));
            if (mine != theirs) {
                return mine ? 1 : -1;
            }
        }
        return 0;
    }

    /** Whether a segment of a template is a whole-segment parameter ({@code {name}}). */
    static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    @Override
    public String toString() {
        return template;
    }
}
