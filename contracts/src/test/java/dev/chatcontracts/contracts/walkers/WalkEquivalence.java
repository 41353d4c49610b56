package dev.chatcontracts.contracts.walkers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.chatcontracts.contracts.streaming.StreamingSchema;
import dev.chatcontracts.contracts.streaming.StreamingValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The streaming walker against {@link InstanceWalker} on one body: pulled by {@link StreamingFieldWalker#walk}, fed
 * to a guessing {@link FieldWalk} as {@code BodyCheck} feeds it, and following a certifier as a {@link FollowedFieldWalk};
 * the guessing and the followed walks are counted ({@link #GUESSES}, {@link #FOLLOWED}).
 */
final class WalkEquivalence {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How many guessing walks guessed and held ([0]), and missed ([1]). */
    static final long[] GUESSES = new long[2];

    private WalkEquivalence() {
    }

    /**
     * Asserts that {@code walker} finds in {@code body} what the tree walker finds, leaving the parser on the value's
     * last token, and so does a guessing walk where its guesses hold. Returns the pulled walk's result.
     */
    static WalkResult assertSameAsTree(JsonNode document, JsonNode schema, String body, StreamingFieldWalker walker)
            throws IOException {
        WalkResult expected = new InstanceWalker(document).walk(schema, JSON.readTree(body));
        WalkResult actual;
        try (JsonParser parser = JSON.getFactory().createParser(body.getBytes(StandardCharsets.UTF_8))) {
            actual = walker.walk(schema, parser);
            assertThat(parser.currentToken()).as("left on the last token").isEqualTo(lastToken(JSON.readTree(body)));
            assertThat(parser.nextToken()).as("the whole value was read").isNull();
        }
        assertSame(actual, expected, "");
        Optional<WalkResult> guessed = guessingWalk(walker, schema, body);
        if (guessed.isPresent()) {
            assertSame(guessed.get(), expected, "guessing: ");
        }
        Optional<WalkResult> followed = followedWalk(walker, schema, body);
        if (followed.isPresent()) {
            assertSame(followed.get(), expected, "followed: ");
        }
        return actual;
    }

    /** How many followed walks went to the end ([0]), and stopped: an object not followed or repeating a name ([1]). */
    static final long[] FOLLOWED = new long[2];
    /** A certifier of a schema every value passes: it walks every value, so its follower is told every member. */
    private static final StreamingValidator ANY = new StreamingValidator(StreamingSchema.compile(BooleanNode.TRUE));

    /**
     * The body's value followed by a {@link FollowedFieldWalk}, as {@code BodyCheck} has it follow the certifier (here
     * one of a schema every value passes): its result, or empty when it could not follow an object or the certifier
     * could not tell (an object repeats a name). Counted in {@link #FOLLOWED}.
     */
    static Optional<WalkResult> followedWalk(StreamingFieldWalker walker, JsonNode schema, String body) throws IOException {
        FollowedFieldWalk walk = walker.follow(schema);
        try (JsonParser parser = JSON.getFactory().createParser(body.getBytes(StandardCharsets.UTF_8))) {
            if (ANY.certainlyPasses(parser, walk.root(parser.nextToken()))) {
                FOLLOWED[0]++;
                return Optional.of(walk.result());
            }
        } catch (GuessMissed missed) {
            // not followed: counted below
        }
        FOLLOWED[1]++;
        return Optional.empty();
    }

    /**
     * The body fed to a guessing walk as {@code BodyCheck} feeds it (names as names): its result, or empty when a guess
     * missed. Counted in {@link #GUESSES} (a walk that made no guess is not).
     */
    static Optional<WalkResult> guessingWalk(StreamingFieldWalker walker, JsonNode schema, String body) throws IOException {
        FieldWalk walk = walker.start(schema, true);
        try (JsonParser parser = JSON.getFactory().createParser(body.getBytes(StandardCharsets.UTF_8))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    walk.fieldName(parser.currentName(), parser);
                } else {
                    walk.token(token, parser);
                }
            }
        } catch (GuessMissed missed) {
            GUESSES[1]++;
            return Optional.empty();
        }
        GUESSES[0] += walk.guessedObjects > 0 ? 1 : 0;
        return Optional.of(walk.result());
    }

    private static void assertSame(WalkResult actual, WalkResult expected, String walk) {
        assertThat(actual.unknownPointers()).as(walk + "unknown pointers").containsExactlyElementsOf(expected.unknownPointers());
        assertThat(new TreeSet<>(actual.unknownPaths())).as(walk + "unknown paths").isEqualTo(new TreeSet<>(expected.unknownPaths()));
        assertThat(new TreeSet<>(actual.seenPaths())).as(walk + "seen paths").isEqualTo(new TreeSet<>(expected.seenPaths()));
        assertThat(actual.readOnlyPointers()).isEmpty();
    }

    private static JsonToken lastToken(JsonNode value) {
        return value.isObject() ? JsonToken.END_OBJECT : value.isArray() ? JsonToken.END_ARRAY : value.asToken();
    }
}
