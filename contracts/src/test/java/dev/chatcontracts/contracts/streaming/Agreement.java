package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Both validators on the same schema document, compiled once per document (documents are compared by
 * identity, so callers keep theirs).
 */
final class Agreement {

    private record Pair(Schema reference, StreamingValidator streaming) {
    }

    private static final Map<JsonNode, Pair> COMPILED = new IdentityHashMap<>();

    private Agreement() {
    }

    /**
     * How the two validators disagree on {@code instance}, or empty when they agree: the same leaf
     * failures, and the same verdict (a {@code oneOf} that more than one branch passes has no leaf failure).
     */
    static synchronized Optional<String> disagreement(JsonNode schemaDocument, JsonNode instance) {
        Pair pair = COMPILED.computeIfAbsent(schemaDocument, document -> new Pair(NetworkntReference.schema(document),
                new StreamingValidator(StreamingSchema.compile(document))));
        List<com.networknt.schema.Error> errors = pair.reference().validate(instance);
        List<StreamingViolation> violations = pair.streaming().validate(instance);
        Set<String> expected = NetworkntReference.leafFailures(pair.reference(), instance);
        Set<String> actual = NetworkntReference.leafFailures(violations);
        if (expected.equals(actual) && errors.isEmpty() == violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("networknt: " + expected + (errors.isEmpty() ? " (valid)" : "") + "\nstreaming: " + actual
                + (violations.isEmpty() ? " (valid)" : "") + "\ninstance: " + instance);
    }
}
