package dev.chatcontracts.contracts.pactgen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The matchers of one body path and how they combine ({@code AND}, or {@code OR} for alternatives
 * such as {@code null} or a type).
 *
 * @param matchers e.g. {@code {"match": "type"}}
 * @param combine {@code AND} or {@code OR}
 */
record MatchingRule(List<ObjectNode> matchers, String combine) {

    MatchingRule {
        matchers = List.copyOf(matchers);
    }

    /** One matcher, or the alternatives when there are several. */
    static MatchingRule of(List<ObjectNode> matchers) {
        return new MatchingRule(matchers, matchers.size() > 1 ? "OR" : "AND");
    }
}
