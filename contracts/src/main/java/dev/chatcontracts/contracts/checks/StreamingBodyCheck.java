package dev.chatcontracts.contracts.checks;

import com.fasterxml.jackson.core.JsonParser;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.SchemaProblem;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.BodyParser;
import dev.chatcontracts.contracts.exchange.DuplicateKeys;
import dev.chatcontracts.contracts.exchange.ParsedBody;
import dev.chatcontracts.contracts.walkers.StreamingFieldWalker;
import dev.chatcontracts.contracts.walkers.WalkResult;
import dev.chatcontracts.openapi.schema.SchemaView;
import dev.chatcontracts.contracts.streaming.StreamingViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a body larger than {@link CheckOptions#streamingThresholdBytes()} without building its
 * tree, so that memory does not grow with its size: the same limits as {@link BodyParser}, then the
 * schema (the streaming validator, compiled once per schema) in one pass, the names an object repeats in another, the undeclared fields
 * ({@link StreamingFieldWalker}) in a second, and, only when something was found, the values to show
 * in a third that skips every subtree without a finding. Gives the same problems and unknown fields
 * as the tree path; what it cannot do is keep the body for the comparisons with other exchanges.
 */
final class StreamingBodyCheck {

    /**
     * What a streamed body gave.
     *
     * @param unreadable why the body could not be checked, or null
     * @param problems schema problems, one per field
     * @param walk undeclared and declared fields seen (no readOnly pointers)
     * @param actuals the rendered values at the problems' and unknown fields' pointers
     * @param duplicateKeys the pointers of members whose name their object has more than once
     */
    record Outcome(ParsedBody unreadable, List<SchemaProblem> problems, WalkResult walk, Map<String, String> actuals,
            List<String> duplicateKeys) {

        static Outcome failed(ParsedBody why) {
            return new Outcome(why, List.of(), null, Map.of(), List.of());
        }

        String actual(String pointer) {
            return actuals.getOrDefault(pointer, "absent");
        }
    }

    private final BodyParser parser;

    StreamingBodyCheck(BodyParser parser) {
        this.parser = parser;
    }

    /**
     * Whether a body goes this way: one over the threshold, or one that is not held in memory (a capture
     * reader left it in its file because it is large; its length may not be known without reading it).
     */
    static boolean applies(Body body, CheckOptions options) {
        return body != null && (!body.inMemory() || options.streams(body.length()));
    }

    /** Checks the body; a body that cannot be read (a file gone, a broken escape in a HAR) is unreadable. */
    Outcome check(ApiContract contract, String schemaPointer, SchemaView view, Body body) {
        try {
            ParsedBody problem = parser.precheck(body);
            if (problem != null) {
                return Outcome.failed(problem);
            }
            ApiContract.StreamingCheck compiled = contract.streamingCheck(schemaPointer, view);
            List<StreamingViolation> violations;
            try (InputStream in = body.openStream(); JsonParser json = parser.createParser(in)) {
                if (json.nextToken() == null) {
                    return Outcome.failed(new ParsedBody.Absent());
                }
                violations = compiled.validator().validate(json);
                if (json.nextToken() != null) {
                    return Outcome.failed(BodyParser.trailingContent(json.currentTokenLocation()));
                }
            }
            List<String> duplicateKeys;
            try (InputStream in = body.openStream(); JsonParser json = parser.createParser(in)) {
                duplicateKeys = DuplicateKeys.scan(json);
            }
            WalkResult walk;
            try (InputStream in = body.openStream(); JsonParser json = parser.createParser(in)) {
                walk = contract.fieldWalker().walk(contract.node(schemaPointer), json);
            }
            List<SchemaProblem> problems = SchemaErrorMapper.mapStreaming(violations, compiled.document());
            return new Outcome(null, problems, walk, actuals(body, problems, walk), duplicateKeys);
        } catch (IOException e) {
            return Outcome.failed(BodyParser.problemOf(e));
        } catch (UncheckedIOException e) {
            return Outcome.failed(BodyParser.problemOf(e.getCause()));
        }
    }

    private Map<String, String> actuals(Body body, List<SchemaProblem> problems, WalkResult walk) throws IOException {
        Set<String> pointers = new LinkedHashSet<>();
        problems.stream().filter(p -> p.kind() != SchemaProblem.Kind.REQUIRED).forEach(p -> pointers.add(p.pointer()));
        pointers.addAll(walk.unknownPointers());
        if (pointers.isEmpty()) {
            return Map.of();
        }
        try (InputStream in = body.openStream(); JsonParser json = parser.createParser(in)) {
            return StreamedValues.render(json, pointers);
        }
    }
}
