package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.model.JsonTrees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the tokens of one document once, depth first, with the evaluations of every schema that applies
 * to the current value. Nothing of the document is kept but the open values' evaluations: memory grows
 * with the nesting depth and the number of schemas applied in parallel, not with the document's size.
 *
 * <p>Scalars checked only by schemas without in-place subschemas (most of them), and containers checked
 * by one schema that only forwards its violations, need no evaluation object: their violations go
 * straight to the enclosing evaluation. A value no schema constrains is skipped without decoding.
 */
final class TokenWalker {


    /**
     * A walker per thread, reused from one document to the next so that a document does not cost its frames
     * and target lists again (a small body's walk allocated more for them than for its evaluations).
     */
    private static final ThreadLocal<TokenWalker> SPARE = new ThreadLocal<>();
    /** The largest document (in bytes) walked by a thread's spare walker. */
    static final int REUSED_UP_TO = 64 * 1024;

    private JsonParser parser;
    /** Where the current token's name and value are read: {@link #parser}, or the parser it reads through. */
    private JsonParser values;
    private boolean busy;
    /** Whether this document's {@code if}s evaluate only the branch their condition took lately ({@link GuessMissed}). */
    private boolean guessing;
    /** The deepest frame or target list this document used. */
    private int deepest;
    private final InstancePath path = new InstancePath();
    private final ScalarValue scalar = new ScalarValue();
    private final List<Frame> frames = new ArrayList<>();
    private final List<Targets> targets = new ArrayList<>();

    TokenWalker(JsonParser parser) {
        this.parser = parser;
        this.values = parser;
    }

    /**
     * Validates the value starting at the parser's token: a document of at most {@value #REUSED_UP_TO} bytes with
     * this thread's spare walker (unless it is busy: a validation started from inside another), any other with
     * a new walker. A spare walker lives long, and its stores of new evaluations into its frames cost the
     * collector's write barrier for old objects: cheaper than new frames for a small document, dearer for a
     * large one (measured: 10,000 exchanges of 2.8 KB 5 % faster, a 10 MB body 12-17 % slower).
     *
     * @param values where the tokens' names and values are read: {@code parser}, or the parser it reads through (a
     *     delegate that only watches the tokens), standing on the same token at every moment
     * @param length the document's length in bytes, or -1 when it is not known
     * @param guessing whether an {@code if} whose condition decided alike lately evaluates only the branch it took
     * @throws GuessMissed when guessing and a condition decides otherwise: the document must be walked again
     */
    static List<StreamingViolation> validate(JsonParser parser, JsonParser values, long length, SchemaNode root,
            boolean guessing) throws IOException {
        if (length < 0 || length > REUSED_UP_TO) {
            TokenWalker walker = new TokenWalker(parser);
            walker.values = values;
            walker.guessing = guessing;
            return walker.run(root);
        }
        TokenWalker walker = SPARE.get();
        if (walker == null || walker.busy) {
            walker = new TokenWalker(parser);
            if (SPARE.get() == null) {
                SPARE.set(walker);
            }
        }
        walker.parser = parser;
        walker.values = values;
        walker.busy = true;
        walker.guessing = guessing;
        try {
            return walker.run(root);
        } finally {
            walker.release();
        }
    }

    /** Forgets the document: its parser, its pointer and the evaluations its frames and targets still hold. */
    private void release() {
        parser = null;
        values = null;
        busy = false;
        path.clear();
        for (int depth = 0; depth <= deepest; depth++) {
            if (depth < frames.size()) {
                frames.get(depth).forget();
            }
            if (depth < targets.size()) {
                targets.get(depth).forget();
            }
        }
        deepest = 0;
    }

    /** Validates the value starting at the parser's token; see {@link StreamingValidator#validate(JsonParser)}. */
    List<StreamingViolation> run(SchemaNode root) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null || token == JsonToken.FIELD_NAME) {
            token = parser.nextToken();
        }
        if (token == null) {
            throw new JsonParseException(parser, "no JSON value to validate");
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            throw new JsonParseException(parser, "the parser stands on " + token + ", not on the start of a value");
        }
        Evaluation document = new Evaluation(SchemaNode.TRUE);
        document.subscribe(true);
        Targets rootTargets = targetsAt(0);
        rootTargets.clear();
        rootTargets.add(root, document, null, null);
        walkValue(token, rootTargets, 0);
        return document.violations() == null ? List.of() : List.copyOf(document.violations());
    }

    private void walkValue(JsonToken token, Targets valueTargets, int depth) throws IOException {
        if (valueTargets.size == 0) {
            parser.skipChildren();
            return;
        }
        if (token.isScalarValue() && valueTargets.simple) {
            scalar.reset(values, token);
            for (int i = 0; i < valueTargets.size; i++) {
                ValueRules rules = valueTargets.schemas[i].values();
                Evaluation sink = valueTargets.sinks[i];
                if (rules != null && !sink.dead() && !rules.checkTypeOnly(token, sink, path)) {
                    rules.checkScalar(scalar, sink, path);
                }
                markDone(valueTargets, i);
            }
            return;
        }
        Frame frame = frameAt(depth);
        frame.clear();
        if (valueTargets.size == 1 && valueTargets.schemas[0].forwardsOnly()) {
            if (valueTargets.sinks[0].dead()) {
                parser.skipChildren();
                return;
            }
            frame.forward(valueTargets.schemas[0], valueTargets.sinks[0]);
            walkContainer(token, frame, depth);
            return;
        }
        for (int i = 0; i < valueTargets.size; i++) {
            if (!valueTargets.sinks[i].dead()) {
                Evaluation evaluation = frame.obtain(valueTargets.schemas[i], guessing);
                evaluation.subscribe(true);
                evaluation.addValueParent(valueTargets.sinks[i]);
            }
        }
        if (frame.size() == 0) {
            parser.skipChildren();
            return;
        }
        frame.applyEvaluations();
        if (token.isScalarValue()) {
            checkScalar(token, frame);
        } else {
            walkContainer(token, frame, depth);
        }
        for (int i = 0; i < frame.size(); i++) {
            Compositions.complete(frame.get(i), path);
        }
        for (int i = 0; i < frame.size(); i++) {
            frame.get(i).deliver();
        }
    }

    private void checkScalar(JsonToken token, Frame frame) throws IOException {
        scalar.reset(values, token);
        for (int i = 0; i < frame.applied; i++) {
            if (!frame.sinks[i].dead() && frame.nodes[i].values() != null) {
                frame.nodes[i].values().checkScalar(scalar, frame.sinks[i], path);
            }
        }
    }

    private void walkContainer(JsonToken token, Frame frame, int depth) throws IOException {
        boolean capture = false;
        for (int i = 0; i < frame.applied; i++) {
            if (!frame.sinks[i].dead() && frame.nodes[i].values() != null) {
                capture |= frame.nodes[i].values().checkContainerStart(token, frame.sinks[i], path);
            }
        }
        if (capture) {
            walkCaptured(token, frame, depth);
        } else if (token == JsonToken.START_OBJECT) {
            walkObject(frame, depth);
        } else {
            walkArray(frame, depth);
        }
    }

    /** An enum or const lists objects or arrays: reads this one value whole, compares it, then walks it. */
    private void walkCaptured(JsonToken token, Frame frame, int depth) throws IOException {
        JsonNode value = JsonTrees.read(parser);
        for (int i = 0; i < frame.applied; i++) {
            if (!frame.sinks[i].dead() && frame.nodes[i].values() != null) {
                frame.nodes[i].values().checkCaptured(value, frame.sinks[i], path);
            }
        }
        JsonParser outer = parser;
        JsonParser outerValues = values;
        try (JsonParser replay = value.traverse()) {
            parser = replay;
            values = replay;
            replay.nextToken();
            if (token == JsonToken.START_OBJECT) {
                walkObject(frame, depth);
            } else {
                walkArray(frame, depth);
            }
        } finally {
            parser = outer;
            values = outerValues;
        }
    }

    private void walkObject(Frame frame, int depth) throws IOException {
        for (int i = 0; i < frame.applied; i++) {
            if (frame.states[i] != null && !frame.states[i].dead()) {
                frame.states[i].startObject();
            }
        }
        Targets propertyTargets = targetsAt(depth + 1);
        int count = 0;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = values.currentName();
            int hash = name.hashCode();
            propertyTargets.clear();
            for (int i = 0; i < frame.applied; i++) {
                ObjectRules rules = frame.nodes[i].objects();
                if (rules != null && !frame.sinks[i].dead()) {
                    rules.onKey(frame.sinks[i], frame.states[i], name, hash, propertyTargets, path);
                }
            }
            path.pushName(name);
            walkValue(parser.nextToken(), propertyTargets, depth + 1);
            path.pop();
            for (int i = 0; i < propertyTargets.size; i++) {
                markDone(propertyTargets, i);
            }
            count++;
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonParseException(parser, "unexpected end of input in an object");
        }
        for (int i = 0; i < frame.applied; i++) {
            ObjectRules rules = frame.nodes[i].objects();
            if (rules != null && !frame.sinks[i].dead()) {
                rules.onEnd(frame.sinks[i], frame.states[i], count, path);
            }
        }
    }

    private void walkArray(Frame frame, int depth) throws IOException {
        Targets itemTargets = targetsAt(depth + 1);
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                throw new JsonParseException(parser, "unexpected end of input in an array");
            }
            itemTargets.clear();
            for (int i = 0; i < frame.applied; i++) {
                ArrayRules rules = frame.nodes[i].arrays();
                if (rules != null && !frame.sinks[i].dead()) {
                    rules.onItem(frame.sinks[i], index, itemTargets, path);
                }
            }
            path.pushIndex(index);
            walkValue(token, itemTargets, depth + 1);
            path.pop();
            index++;
        }
        for (int i = 0; i < frame.applied; i++) {
            ArrayRules rules = frame.nodes[i].arrays();
            if (rules != null && !frame.sinks[i].dead()) {
                rules.onEnd(frame.sinks[i], index, path);
            }
        }
    }

    /**
     * The value of target {@code i}'s property has been checked: its object may now settle, and an
     * {@code if} watching it decide, before the other targets of the same value are checked (a
     * discriminator's {@code type} kills the branches it rules out before they check it). Idempotent.
     */
    private static void markDone(Targets targets, int i) {
        if (targets.slots[i] != null && targets.states[i] != null) {
            targets.states[i].markDone(targets.slots[i]);
        }
    }

    private Frame frameAt(int depth) {
        deepest = Math.max(deepest, depth);
        while (frames.size() <= depth) {
            frames.add(new Frame());
        }
        return frames.get(depth);
    }

    private Targets targetsAt(int depth) {
        deepest = Math.max(deepest, depth);
        while (targets.size() <= depth) {
            targets.add(new Targets());
        }
        return targets.get(depth);
    }
}
