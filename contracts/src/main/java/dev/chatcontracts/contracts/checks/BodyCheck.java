package dev.chatcontracts.contracts.checks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.GuessBackoff;
import dev.chatcontracts.contracts.contract.SchemaProblem;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.BodyParser;
import dev.chatcontracts.contracts.exchange.DuplicateKeys;
import dev.chatcontracts.contracts.exchange.EarlierOccurrences;
import dev.chatcontracts.contracts.exchange.ParsedBody;
import dev.chatcontracts.contracts.exchange.TokenListener;
import dev.chatcontracts.contracts.streaming.StreamingViolation;
import dev.chatcontracts.contracts.walkers.FieldWalk;
import dev.chatcontracts.contracts.walkers.FollowedFieldWalk;
import dev.chatcontracts.contracts.walkers.GuessMissed;
import dev.chatcontracts.contracts.walkers.StreamingFieldWalker;
import dev.chatcontracts.contracts.walkers.WalkResult;
import dev.chatcontracts.openapi.schema.SchemaView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a body without building its tree, at every size: the limits of {@link BodyParser}, then ONE pass
 * over its tokens that does the schema (the streaming validator of the body's {@link ApiContract.BodyPlan},
 * compiled once, pulls the tokens), the names an object repeats ({@link DuplicateKeys}, through which the
 * tokens are read) and the undeclared and declared fields (a {@link FieldWalk} that sees each token). Where the plan's
 * last bodies passed, the body is first only asked whether it passes ({@link
 * dev.chatcontracts.contracts.streaming.StreamingValidator#certainlyPasses(JsonParser,
 * dev.chatcontracts.contracts.streaming.ValueFollower)}), in a pass where the certifier reads the parser itself and
 * checks the names, and the field walk follows it member by member ({@link FollowedFieldWalk}); the pass above is made
 * only when that cannot tell. Only
 * when something was found are the values to show read, in a pass of their own that skips every subtree
 * without a finding; no message is built on the passing path. A body whose objects repeat a name is
 * read twice more: once to find the members a tree drops, once more without them, so that the last value
 * of a name is the one checked, as the tree path did. Memory does not grow with the body beyond
 * the findings.
 */
final class BodyCheck {

    /**
     * What a body gave.
     *
     * @param unreadable why the body could not be checked, or null
     * @param problems schema problems, one per field
     * @param walk undeclared and declared fields seen (no readOnly pointers)
     * @param actuals the rendered values at the problems' and unknown fields' pointers
     * @param duplicateKeys the pointers of members whose name their object has more than once
     * @param object whether the body is a JSON object
     */
    record Outcome(ParsedBody unreadable, List<SchemaProblem> problems, WalkResult walk, Map<String, String> actuals,
            List<String> duplicateKeys, boolean object) {

        static Outcome failed(ParsedBody why) {
            return new Outcome(why, List.of(), null, Map.of(), List.of(), false);
        }

        String actual(String pointer) {
            return actuals.getOrDefault(pointer, "absent");
        }
    }

    private final BodyParser parser;

    BodyCheck(BodyParser parser) {
        this.parser = parser;
    }

    /**
     * Whether a body is large for the session rules: over the threshold, or not held in memory (a capture
     * reader left it in its file because it is large; its length may not be known without reading it).
     * Such a body is not kept for the comparisons with later exchanges.
     */
    static boolean isLarge(Body body, CheckOptions options) {
        return body != null && (!body.inMemory() || options.streams(body.length()));
    }

    /** Checks the body; a body that cannot be read (a file gone, a broken escape in a HAR) is unreadable. */
    Outcome check(ApiContract contract, String schemaPointer, SchemaView view, Body body) {
        try {
            ParsedBody problem = parser.precheck(body);
            if (problem != null) {
                return Outcome.failed(problem);
            }
            ApiContract.BodyPlan plan = contract.bodyPlan(schemaPointer, view);
            Pass pass = guessingPass(contract, plan, body, null);
            if (pass.unreadable() != null) {
                return Outcome.failed(pass.unreadable());
            }
            List<String> duplicateKeys = pass.duplicateKeys();
            if (!duplicateKeys.isEmpty()) {
                pass = guessingPass(contract, plan, body, earlierOccurrences(body));
            }
            List<SchemaProblem> problems = pass.violations().isEmpty() ? List.of()
                    : SchemaErrorMapper.mapStreaming(pass.violations(), plan.document());
            WalkResult walk = pass.walk();
            return new Outcome(null, problems, walk, actuals(body, problems, walk), duplicateKeys, pass.object());
        } catch (IOException e) {
            return Outcome.failed(BodyParser.problemOf(e));
        } catch (UncheckedIOException e) {
            return Outcome.failed(BodyParser.problemOf(e.getCause()));
        }
    }

    /** What one pass over the tokens gave: the schema's violations, the field walk, the repeated names. */
    private record Pass(ParsedBody unreadable, List<StreamingViolation> violations, WalkResult walk,
            List<String> duplicateKeys, boolean object) {
    }

    /**
     * The one pass, guessing: the validator the branch of each {@code if} whose condition decided alike lately
     * ({@link dev.chatcontracts.contracts.streaming.StreamingValidator#validateGuessing}), the field walk the candidate
     * of each object under oneOf/anyOf that chose alike lately ({@link StreamingFieldWalker#start(JsonNode, boolean)});
     * when a guess misses, the pass stops there and is made again without guessing, and the plan's next bodies are
     * read without guessing for a while ({@link GuessBackoff}). Before that, unless paused ({@code plan.certifying()}),
     * a body as it came (not one read again without the members a tree drops) is only asked whether it passes its
     * schema ({@link #certifiedPass}): a body that does is done in that pass, with no violation; one it cannot tell (or
     * whose field walk cannot follow it) is read again by the guessing pass, and the plan's next bodies are not asked
     * first for a while.
     */
    private Pass guessingPass(ApiContract contract, ApiContract.BodyPlan plan, Body body, Set<Long> dropped)
            throws IOException {
        if (!plan.guesses().guessNext()) {
            return pass(contract, plan, body, dropped, false);
        }
        if (dropped == null && plan.certifying().guessNext()) {
            Pass certified = certifiedPass(contract, plan, body);
            if (certified != null) {
                plan.certifying().held();
                plan.guesses().held();
                return certified;
            }
            plan.certifying().missed();
        }
        Pass guessed = pass(contract, plan, body, dropped, true);
        if (guessed != null) {
            plan.guesses().held();
            return guessed;
        }
        plan.guesses().missed();
        return pass(contract, plan, body, dropped, false);
    }

    /**
     * The one pass: the validator pulls the tokens through {@link DuplicateKeys}, the field walk sees each.
     * With {@code dropped}, the members a tree would not keep are passed over (a body that repeats names
     * is read again so, as the tree holds it: the last value of a name is the one checked). Null when the
     * validator or the field walk {@code guessing} guessed a branch wrong.
     */
    private Pass pass(ApiContract contract, ApiContract.BodyPlan plan, Body body, Set<Long> dropped, boolean guessing)
            throws IOException {
        FieldWalk fields = contract.fieldWalker().start(plan.openApiSchema(), guessing);
        TokenListener listener = new TokenListener() {
            @Override
            public void token(JsonToken token, JsonParser p) throws IOException {
                fields.token(token, p);
            }

            @Override
            public int name(String name, JsonParser p) throws IOException {
                return fields.fieldName(name, p); // -1, 0, 1: UNTOLD, FIRST, REPEATED
            }
        };
        try (JsonParser raw = parser.openParser(body);
                DuplicateKeys json = dropped == null ? DuplicateKeys.watching(raw, listener)
                        : DuplicateKeys.keepingLast(raw, dropped, listener)) {
            JsonToken first = json.nextToken();
            if (first == null) {
                return new Pass(new ParsedBody.Absent(), List.of(), null, List.of(), false);
            }
            long length = body.inMemory() ? body.length() : -1;
            // the validator moves through the record of names and reads names and values from the parser under it
            List<StreamingViolation> violations;
            if (guessing) {
                Optional<List<StreamingViolation>> guessed = plan.validator().validateGuessing(json, raw, length);
                if (guessed.isEmpty()) {
                    return null;
                }
                violations = guessed.get();
            } else {
                violations = plan.validator().validate(json, raw, length);
            }
            if (json.nextToken() != null) {
                return new Pass(BodyParser.trailingContent(json.currentTokenLocation()), List.of(), null, List.of(), false);
            }
            return new Pass(null, violations, fields.result(), json.pointers(), first == JsonToken.START_OBJECT);
        } catch (GuessMissed missed) {
            return null;
        }
    }

    /**
     * The certifying pass over a body as it came: the certifier reads the parser itself, with no record of names in
     * between (it checks each object's names, and cannot tell when one repeats), and the field walk follows it member by
     * member ({@link FollowedFieldWalk}). Null when it cannot tell or the field walk cannot follow.
     */
    private Pass certifiedPass(ApiContract contract, ApiContract.BodyPlan plan, Body body) throws IOException {
        FollowedFieldWalk fields = contract.fieldWalker().follow(plan.openApiSchema());
        try (JsonParser raw = parser.openParser(body)) {
            JsonToken first = raw.nextToken();
            if (first == null) {
                return new Pass(new ParsedBody.Absent(), List.of(), null, List.of(), false);
            }
            if (!plan.validator().certainlyPasses(raw, fields.root(first))) {
                return null;
            }
            if (raw.nextToken() != null) {
                return new Pass(BodyParser.trailingContent(raw.currentTokenLocation()), List.of(), null, List.of(), false);
            }
            return new Pass(null, List.of(), fields.result(), List.of(), first == JsonToken.START_OBJECT);
        } catch (GuessMissed missed) {
            return null;
        }
    }

    private Set<Long> earlierOccurrences(Body body) throws IOException {
        try (JsonParser json = parser.openParser(body)) {
            return EarlierOccurrences.of(json);
        }
    }

    private Map<String, String> actuals(Body body, List<SchemaProblem> problems, WalkResult walk) throws IOException {
        if (problems.isEmpty() && walk.unknownPointers().isEmpty()) {
            return Map.of();
        }
        Set<String> pointers = new LinkedHashSet<>();
        problems.stream().filter(p -> p.kind() != SchemaProblem.Kind.REQUIRED).forEach(p -> pointers.add(p.pointer()));
        pointers.addAll(walk.unknownPointers());
        if (pointers.isEmpty()) {
            return Map.of();
        }
        try (JsonParser json = parser.openParser(body)) {
            return StreamedValues.render(json, pointers);
        }
    }
}
