package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** How many guessing walks held ([0]) and missed ([1]) in {@link #disagreement}. */
    static final long[] GUESSES = new long[2];
    /** How many documents the certifier said pass ([0]) and could not tell ([1]) in {@link #disagreement}. */
    static final long[] CERTIFIED = new long[2];

    private Agreement() {
    }

    /**
     * The same document walked guessing the branches of its {@code if}s (the validator's conditions decided for
     * every document checked before against the same schema): when the guesses hold, the same violations as the
     * walk that does not guess are expected.
     */
    private static Optional<List<StreamingViolation>> guessing(StreamingValidator validator, JsonNode instance) {
        try (JsonParser parser = instance.traverse()) {
            Optional<List<StreamingViolation>> guessed = validator.validateGuessing(parser, -1);
            GUESSES[guessed.isPresent() ? 0 : 1]++;
            return guessed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the certifier says the document passes ({@link StreamingValidator#certainlyPasses}). */
    private static boolean certainlyPasses(StreamingValidator validator, JsonNode instance) {
        try (JsonParser parser = instance.traverse()) {
            boolean passes = validator.certainlyPasses(parser, parser);
            CERTIFIED[passes ? 0 : 1]++;
            return passes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How the two validators disagree on {@code instance}, or empty when they agree: the same leaf
     * failures, and the same verdict (a {@code oneOf} that more than one branch passes has no leaf failure). The
     * streaming validator guessing branches, where its guesses hold, must give exactly what it gives without; a
     * document the certifier says passes must have no violation.
     */
    static synchronized Optional<String> disagreement(JsonNode schemaDocument, JsonNode instance) {
        Pair pair = COMPILED.computeIfAbsent(schemaDocument, document -> new Pair(NetworkntReference.schema(document),
                new StreamingValidator(StreamingSchema.compile(document))));
        List<com.networknt.schema.Error> errors = pair.reference().validate(instance);
        List<StreamingViolation> violations = pair.streaming().validate(instance);
        Optional<List<StreamingViolation>> guessed = guessing(pair.streaming(), instance);
        if (guessed.isPresent() && !guessed.get().equals(violations)) {
            return Optional.of("guessing: " + guessed.get() + "\nnot guessing: " + violations + "\ninstance: " + instance);
        }
        if (certainlyPasses(pair.streaming(), instance) && !violations.isEmpty()) {
            return Optional.of("certified as passing, with violations: " + violations + "\ninstance: " + instance);
        }
        Set<String> expected = NetworkntReference.leafFailures(pair.reference(), instance);
        Set<String> actual = NetworkntReference.leafFailures(violations);
        if (expected.equals(actual) && errors.isEmpty() == violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("networknt: " + expected + (errors.isEmpty() ? " (valid)" : "") + "\nstreaming: " + actual
                + (violations.isEmpty() ? " (valid)" : "") + "\ninstance: " + instance);
    }
}
