package dev.chatcontracts.contracts.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path template of a spec ({@code /agents/{agent_id}}), matched segment by segment. A segment is
 * either literal or a whole-segment parameter. Each segment's literal or parameter name is read once, when the
 * template is made, not per request. Immutable; equal when the template and segments are.
 */
public final class PathTemplate {

    private final String template;
    private final List<String> segments;
    /** The literal of each segment, null where the segment is a parameter. */
    private final String[] literals;
    /** The name of each parameter segment, null where the segment is literal. */
    private final String[] parameters;

    /**
     * @param template the template as the spec writes it
     * @param segments its segments, without the leading empty one
     */
    public PathTemplate(String template, List<String> segments) {
        this.template = template;
        this.segments = List.copyOf(segments);
        this.literals = new String[this.segments.size()];
        this.parameters = new String[this.segments.size()];
        for (int i = 0; i < literals.length; i++) {
            String segment = this.segments.get(i);
            if (isParameter(segment)) {
                parameters[i] = segment.substring(1, segment.length() - 1);
            } else {
                literals[i] = segment;
            }
        }
    }

    /** The template as the spec writes it. */
    public String template() {
        return template;
    }

    /** Its segments, without the leading empty one. */
    public List<String> segments() {
        return segments;
    }

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
        if (pathSegments.size() != literals.length) {
            return false;
        }
        for (int i = 0; i < literals.length; i++) {
            if (literals[i] != null && !literals[i].equals(pathSegments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The parameter values when {@code pathSegments} fit this template. */
    public Optional<Map<String, String>> match(List<String> pathSegments) {
        if (!fits(pathSegments)) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] != null) {
                values.put(parameters[i], pathSegments.get(i));
            }
        }
        return Optional.of(values);
    }

    /**
     * Orders two templates that both match a path: the one with a literal segment where the other has
     * a parameter, at the first position they differ, comes first ({@code /agents/me} before
     * {@code /agents/{agent_id}}).
     */
    public int compareSpecificity(PathTemplate other) {
        int shared = Math.min(literals.length, other.literals.length);
        for (int i = 0; i < shared; i++) {
            boolean mine = literals[i] == null;
            boolean theirs = other.literals[i] == null;
            if (mine != theirs) {
                return mine ? 1 : -1;
            }
        }
        return 0;
    }

    private static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    @Override
    public String toString() {
        return template;
    }
}
