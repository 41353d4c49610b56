package dev.chatcontracts.contracts.pact;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The matchers of one body path of a pact.
 *
 * @param path the Pact JSON path, {@code $.chats[*].unread} (a V2 {@code $.body.x} path is given as {@code $.x})
 * @param matchers the matchers, e.g. {@code {"match": "integer"}}; a V2 rule is one matcher
 * @param combine {@code AND} (every matcher must hold) or {@code OR} (one is enough)
 */
public record MatchingRule(String path, List<JsonNode> matchers, String combine) {

    public MatchingRule {
        Objects.requireNonNull(path, "path");
        matchers = List.copyOf(matchers);
        combine = "OR".equalsIgnoreCase(combine) ? "OR" : "AND";
    }

    /** One matcher, or the alternatives ({@code OR}) when there are several. */
    public static MatchingRule of(String path, List<? extends JsonNode> matchers) {
        return new MatchingRule(path, List.copyOf(matchers), matchers.size() > 1 ? "OR" : "AND");
    }

    public boolean anyOf() {
        return combine.equals("OR");
    }

    /**
     * The matcher type of one matcher: its {@code match}; a V2 matcher without one is {@code regex} when
     * it has a regex, else {@code type}.
     */
    public static String typeOf(JsonNode matcher) {
        String match = matcher.path("match").asText("");
        if (!match.isEmpty()) {
            return match;
        }
        return matcher.has("regex") ? "regex" : "type";
    }
}
