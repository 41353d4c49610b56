package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates JSON documents against a {@link StreamingSchema} while they are parsed, in one pass over the
 * tokens and without building a tree: memory stays constant however long the document (a capture of a
 * million chats), apart from the violations found.
 *
 * <p>networknt's validator is the reference: for the same schema and document the violations name the
 * same failing values (instance pointers) with the same keywords. The composition keywords
 * ({@code anyOf}, {@code oneOf}, {@code if}/{@code then}/{@code else}) are evaluated on all their branches
 * in parallel as the tokens arrive; an {@code if} whose condition is known early (a discriminator's
 * {@code type}, a required marker property) drops the branch it does not take at that moment. See the
 * package documentation for the design.
 *
 * <p>Thread-safe; one instance can serve any number of documents at once.
 */
public final class StreamingValidator {

    private static final JsonFactory JSON = new JsonFactory();

    private final StreamingSchema schema;

    public StreamingValidator(StreamingSchema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /**
     * Validates the value starting at the parser's current token, reading exactly that value, as
     * {@code ObjectMapper.readTree(JsonParser)} reads it: when the parser stands on no token yet it is
     * advanced to the first one, when it stands on a field name to that property's value. The parser is
     * left on the value's last token and not closed; call {@code nextToken()} to move to the next value.
     *
     * @return the violations, empty when the value conforms
     * @throws IOException when the JSON cannot be read; violations found before are lost
     */
    public List<StreamingViolation> validate(JsonParser parser) throws IOException {
        return validate(parser, -1);
    }

    /**
     * As {@link #validate(JsonParser)}, for a document whose length is known: a small one (up to 64 KB) is
     * walked without allocating the walk's frames anew (a thread keeps them from one small document to the next).
     *
     * @param length the document's length in bytes, or -1 when it is not known
     */
    public List<StreamingViolation> validate(JsonParser parser, long length) throws IOException {
        return validate(parser, parser, length);
    }

    /**
     * As {@link #validate(JsonParser, long)}, guessing: an {@code if} whose condition decided alike the last two
     * times (at any value, in any document, on any thread) evaluates only the branch it took then, not both until
     * the condition is known (a discriminator's {@code type}, which the live API sends after the other members of a
     * chat). The same violations when the guesses hold; when a condition decides otherwise, nothing is returned and
     * the parser is left inside the value: validate the document again, from a new parser, with
     * {@link #validate(JsonParser, long)}. For readers that can read a document twice; worth it where the branches
     * taken mostly repeat (a capture of one operation's answers).
     *
     * @return the violations, empty when the value conforms; {@link Optional#empty()} when a guess missed
     */
    public Optional<List<StreamingViolation>> validateGuessing(JsonParser parser, long length) throws IOException {
        return validateGuessing(parser, parser, length);
    }

    /**
     * As {@link #validate(JsonParser, long)}, reading the tokens' names and values from {@code values}: the parser that
     * {@code parser} reads through, when {@code parser} is a delegate that only watches the tokens (it must stand on
     * the same token as {@code parser} at every moment). Each name and value is then read without the delegation.
     */
    public List<StreamingViolation> validate(JsonParser parser, JsonParser values, long length) throws IOException {
        return TokenWalker.validate(Objects.requireNonNull(parser, "parser"), Objects.requireNonNull(values, "values"),
                length, schema.root(), false);
    }

    /**
     * As {@link #validateGuessing(JsonParser, long)}, reading names and values from {@code values} (see {@link
     * #validate(JsonParser, JsonParser, long)}).
     */
    public Optional<List<StreamingViolation>> validateGuessing(JsonParser parser, JsonParser values, long length)
            throws IOException {
        try {
            return Optional.of(TokenWalker.validate(Objects.requireNonNull(parser, "parser"),
                    Objects.requireNonNull(values, "values"), length, schema.root(), true));
        } catch (GuessMissed missed) {
            return Optional.empty();
        }
    }

    /**
     * Asks only whether the value starting at the parser's token passes, reading names and values from {@code values}
     * (see {@link #validate(JsonParser, JsonParser, long)}), for a schema whose values are each checked by one schema:
     * true when it certainly passes ({@link #validate} would return no violation), the parser left on the value's last
     * token; false when this cannot tell (a value fails, or the schema applies subschemas in place other than a
     * discriminator chain whose conditions decided alike lately, or the JSON is broken), the parser left inside the
     * value: validate the document again, from a new parser. Faster than a validation where it can tell, as it keeps
     * nothing but the open values' names; worth it where documents mostly pass (captured traffic).
     */
    public boolean certainlyPasses(JsonParser parser, JsonParser values) throws IOException {
        return Certifier.passes(Objects.requireNonNull(parser, "parser"), Objects.requireNonNull(values, "values"),
                schema.root());
    }

    /**
     * As {@link #certainlyPasses(JsonParser, JsonParser)}, reading {@code parser} itself, with no parser in between, and
     * telling {@code follower} (when not null), the follower of the value at the parser, of its members and items: one
     * pass for two readers, at a call per member ({@link ValueFollower}). False too when an object of the value repeats
     * a name, which a watching parser would have noted.
     */
    public boolean certainlyPasses(JsonParser parser, ValueFollower follower) throws IOException {
        return Certifier.passes(Objects.requireNonNull(parser, "parser"), follower, schema.root());
    }

    /** Validates a tree by streaming its tokens (a convenience; the tree is already in memory). */
    public List<StreamingViolation> validate(JsonNode document) {
        try (JsonParser parser = document.traverse()) {
            return validate(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates the first JSON value of a stream of UTF-8 (or UTF-16/32) bytes; the stream is not closed. */
    public List<StreamingViolation> validate(InputStream json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            return validate(parser);
        }
    }
}
