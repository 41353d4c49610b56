package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;

/**
 * {@link InstanceWalker} over a token stream: walks one JSON value read from a Jackson {@link JsonParser}
 * together with its OpenAPI schema, and finds the same fields the schema does not declare (in body
 * order), and the same declared fields present. {@code readOnly} fields are not reported.
 *
 * <p>The semantics are InstanceWalker's: {@code $ref} and {@code allOf} are followed; of the members of a
 * {@code oneOf}/{@code anyOf} the one the discriminator names applies, else those the object fits (type and
 * {@code required} names), else all; an object schema without {@code additionalProperties} is closed.
 * Since the discriminator and the required names may come after the other fields of an object, the
 * branch of an object under {@code oneOf}/{@code anyOf} is only known at its end. Such an object is walked
 * for each candidate set of branches at once: each field's outcome (declared with a schema, a map value,
 * unknown, ignored) is worked out per candidate when the schema is first met; a field whose outcome is the
 * same in every candidate is recorded at once, the others are kept per field until the object ends, and
 * the candidate the object's facts (discriminator value, names present) choose then keeps its results.
 * A field value is streamed once when every candidate walks it with schemas of the same shape (the
 * structure InstanceWalker reads, annotations aside); only a value that candidates walk with schemas of
 * different shapes (a field two members declare differently) is buffered as tokens (Jackson's {@link
 * TokenBuffer}) and walked once per shape.
 *
 * <p>Memory does not grow with the body beyond the results themselves: the walk keeps the pointer and path
 * of the current value, the pending fields of the open objects under {@code oneOf}/{@code anyOf} with
 * their results (the pointers of their unknown fields, the set of their seen paths), and at most one field
 * value per open object where candidates walk it differently. Plans per schema are cached and bounded by
 * the spec. A composition with too many ways to choose (over 256 candidate sets of branches, over 8
 * members told apart by {@code required} names, over 64 such names; none in the bundled specs) falls back
 * to buffering each such object as tokens. Values the schema does not walk (scalars, unknown or undeclared
 * fields, values without a schema) are skipped with {@link JsonParser#skipChildren()}, at the cost of a
 * token scan.
 *
 * <p>Known differences from InstanceWalker: a key repeated in one object is walked at each occurrence (the
 * tree keeps the last value, at the first place); a broken {@code $ref} in a composition fails when the
 * schema is first planned, even where InstanceWalker would not have followed it; scalars are not resolved
 * against their schema, so a broken {@code $ref} under a scalar does not fail. Thread-safe.
 */
public final class StreamingFieldWalker {

    private final WalkPlanner planner;

    /** @param openApiDocument the whole OpenAPI document */
    public StreamingFieldWalker(JsonNode openApiDocument) {
        this.planner = new WalkPlanner(openApiDocument);
    }

    /**
     * Walks the one JSON value at the parser (advancing to the first token when the parser has no current
     * token) against the OpenAPI {@code schema}, and leaves the parser on the value's last token.
     *
     * @return the unknown pointers (body order), unknown paths and seen paths InstanceWalker gives for the
     *     same JSON; no readOnly pointers
     */
    public WalkResult walk(JsonNode schema, JsonParser parser) throws IOException {
        FieldWalk walk = start(schema);
        JsonToken token = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
        while (token != null) {
            walk.token(token, parser);
            if (walk.finished()) {
                break;
            }
            token = parser.nextToken();
        }
        return walk.result();
    }

    /**
     * A walk against the OpenAPI {@code schema} that is fed the tokens of one JSON value by whoever reads
     * them ({@link FieldWalk#token}), so that it shares their pass: same results as {@link #walk}.
     */
    public FieldWalk start(JsonNode schema) {
        return start(schema, false);
    }

    /**
     * As {@link #start(JsonNode)}; {@code guessing}: an object under oneOf/anyOf whose plan chose the same candidate
     * the last two times (at any place, in any body, on any thread) is walked as that candidate at once, not as every
     * candidate until its facts are known (a discriminator the live API sends last). The same results when the guesses
     * hold; when an object chooses otherwise, the walk throws {@link GuessMissed} from {@link FieldWalk#token}, and the
     * value must be walked again by a walk that does not guess. For readers that can read a value twice.
     */
    public FieldWalk start(JsonNode schema, boolean guessing) {
        return new FieldWalk(planner, schema == null ? null : planner.rootWalk(schema), guessing);
    }

    /**
     * A walk against the OpenAPI {@code schema} that follows the certifier's walk of a value that passes its schema
     * ({@link FollowedFieldWalk#root}): the results of a guessing {@link #start(JsonNode, boolean)} walk, at a call per
     * member; when it cannot follow an object it throws {@link GuessMissed}, and the value must be walked again.
     */
    public FollowedFieldWalk follow(JsonNode schema) {
        return new FollowedFieldWalk(planner, schema == null ? null : planner.rootWalk(schema));
    }
}
