package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One walk of a {@link StreamingFieldWalker} fed token by token ({@link #token}), so that it can share a
 * pass over a body with other readers (the schema validator pulls the tokens, this walk sees each). The
 * semantics and the memory are {@link StreamingPass}'s: the open containers are frames; a value that
 * candidates walk with schemas of different shapes, and an object too undecided to follow, are buffered as
 * tokens and walked by a {@link StreamingPass} when they end. Not thread-safe: one per body.
 */
public final class FieldWalk {

    private static final int MAX_DEPTH = 256;

    private final StreamingPass pass;
    private final SchemaWalk root;
    private final FieldPath rootPath;
    private final FieldCollector out = new FieldCollector(FieldCollector.BODY_CAPACITY);
    /** The open containers' frames, outermost first ({@code frames[0..open)}). */
    private Frame[] frames = new Frame[16];
    private int open;
    /** The innermost open container's frame ({@code frames[open - 1]}), null when none is open. */
    private Frame top;
    private boolean started;

    FieldWalk(WalkPlanner planner, SchemaWalk root) {
        this.pass = new StreamingPass(planner);
        this.root = root;
        this.rootPath = planner.rootPath();
    }

    /**
     * The next token of the value, the parser standing on it (its text may be read, it is not moved). The
     * first token starts the value; tokens after its end are ignored.
     */
    public void token(JsonToken token, JsonParser p) throws IOException {
        Frame frame = top;
        if (frame != null) {
            frame.token(token, p);
        } else if (!started) {
            started = true;
            value(root, token, p, rootPath, 0, out);
        }
    }

    /** Whether the value has ended. */
    public boolean finished() {
        return started && top == null;
    }

    /** The unknown pointers, unknown paths and seen paths of the value (no readOnly pointers). */
    public WalkResult result() {
        return out.result();
    }

    private interface Done {
        void run() throws IOException;
    }

    /** An open container: takes the tokens after its first up to its last. */
    private abstract class Frame {
        /** Runs when the value ends, where it stands (a buffered value is walked). */
        Done onEnd;
        /** How many levels of the pointer the value leaves when it ends. */
        int pops;
        /** Runs after, one level up (the parent takes what the value gave). */
        Done onDone;

        abstract void token(JsonToken token, JsonParser p) throws IOException;

        void close() throws IOException {
            frames[--open] = null;
            top = open == 0 ? null : frames[open - 1];
            if (onEnd != null) {
                onEnd.run();
            }
            for (int i = 0; i < pops; i++) {
                pass.pop();
            }
            if (onDone != null) {
                onDone.run();
            }
        }
    }

    private void open(Frame frame) {
        if (open == frames.length) {
            frames = Arrays.copyOf(frames, open * 2);
        }
        frames[open++] = frame;
        top = frame;
    }

    /** Opens the value starting at {@code token}; the frame that takes its tokens, or null for a scalar. */
    private Frame value(SchemaWalk walk, JsonToken token, JsonParser p, FieldPath path, int depth, FieldCollector out)
            throws IOException {
        if (!token.isStructStart()) {
            return null;
        }
        Frame frame;
        if (walk == null || walk.schema == null || depth > MAX_DEPTH) {
            frame = new Skip(null);
        } else if (token == JsonToken.START_OBJECT) {
            frame = object(walk.objectPlan(), p, path, depth, out);
        } else if (walk.items().schema == null || depth >= MAX_DEPTH) {
            frame = new Skip(null);
        } else {
            pass.pushIndex();
            frame = new Items(walk.items(), path.star(), depth, out);
            frame.pops = 1;
        }
        open(frame);
        return frame;
    }

    private Frame object(ObjectPlan plan, JsonParser p, FieldPath path, int depth, FieldCollector out) throws IOException {
        if (plan.inert) {
            return new Skip(null);
        }
        if (plan.undecidable) {
            Skip buffered = new Skip(p);
            buffered.onEnd = () -> {
                try (JsonParser tokens = buffered.buffer.asParserOnFirstToken()) {
                    pass.copy().decideAsTree(plan, tokens, path, depth, out);
                }
            };
            return buffered;
        }
        if (plan.candidates.size() == 1) {
            return new CertainObject(plan, path, depth, out);
        }
        return plan.guessable ? new GuessedObject(plan, path, depth, out) : new UncertainObject(plan, path, depth, out);
    }

    private void skip(JsonToken token) throws IOException {
        if (token.isStructStart()) {
            open(new Skip(null));
        }
    }

    /** Records a field with the outcome of candidate {@code c} and walks its value as it comes. */
    private void field(FieldRule rule, int c, String name, JsonToken token, JsonParser p, FieldPath path,
            FieldPath[] children, int depth, FieldCollector out) throws IOException {
        switch (rule.kinds[c]) {
            case FieldRule.UNKNOWN -> {
                out.unknown(pass.pointer(name), path.unknown(name));
                skip(token);
            }
            case FieldRule.PROPERTY -> {
                FieldPath child = path.child(rule, name, children);
                out.seen(child);
                descend(rule.walks[c], name, token, p, path, child, depth, out, null);
            }
            case FieldRule.MAP_VALUE -> descend(rule.walks[c], name, token, p, path, null, depth, out, null);
            default -> skip(token);
        }
    }

    /** Walks a field's value one level down; {@code then} runs once the value has been walked (or skipped). */
    private void descend(SchemaWalk walk, String name, JsonToken token, JsonParser p, FieldPath path, FieldPath child,
            int depth, FieldCollector out, Done then) throws IOException {
        if (walk.schema == null || depth >= MAX_DEPTH || !token.isStructStart()) {
            skip(token);
            if (then != null) {
                then.run();
            }
            return;
        }
        pass.push(name);
        Frame frame = value(walk, token, p, walk.star ? path.star() : child != null ? child : path.child(name), depth + 1, out);
        frame.pops++;
        frame.onDone = then;
    }

    /**
     * A field's container value walked once per distinct schema of the candidates (at least one) into {@code results}:
     * streamed for one, buffered for several; {@code then} runs when they are all filled.
     */
    private void walkPerSchema(FieldRule rule, String name, JsonToken token, JsonParser p, FieldPath path,
            FieldPath[] children, int depth, FieldCollector[] results, Done then) throws IOException {
        if (results.length == 1) {
            results[0] = new FieldCollector();
            descend(rule.distinct[0], name, token, p, path, path.child(rule, name, children), depth, results[0], then);
            return;
        }
        Skip buffered = new Skip(p);
        buffered.onEnd = () -> {
            for (int i = 0; i < results.length; i++) {
                results[i] = new FieldCollector();
                try (JsonParser tokens = buffered.buffer.asParserOnFirstToken()) {
                    pass.copy().descend(rule.distinct[i], name, tokens, path, depth, results[i]);
                }
            }
            then.run();
        };
        open(buffered);
    }

    /** A value not walked here: skipped, or kept as tokens ({@code buffer}) until it ends, then walked ({@link Frame#onEnd}). */
    private final class Skip extends Frame {
        final TokenBuffer buffer;
        private int depth = 1;

        /** Skips the value, or keeps it from {@code keepFrom}'s token on. */
        Skip(JsonParser keepFrom) throws IOException {
            buffer = keepFrom == null ? null : new TokenBuffer(keepFrom);
            if (buffer != null) {
                buffer.copyCurrentEvent(keepFrom);
            }
        }

        @Override
        void token(JsonToken token, JsonParser p) throws IOException {
            if (buffer != null) {
                buffer.copyCurrentEvent(p);
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd() && --depth == 0) {
                close();
            }
        }
    }

    /** An array: its items that are containers are walked with the items' schema. */
    private final class Items extends Frame {
        private final SchemaWalk items;
        private final FieldPath elementPath;
        private final int depth;
        private final FieldCollector out;
        private int index = -1;

        Items(SchemaWalk items, FieldPath elementPath, int depth, FieldCollector out) {
            this.items = items;
            this.elementPath = elementPath;
            this.depth = depth;
            this.out = out;
        }

        @Override
        void token(JsonToken token, JsonParser p) throws IOException {
            if (token == JsonToken.END_ARRAY) {
                close();
                return;
            }
            index++;
            if (token.isStructStart()) {
                pass.setIndex(index);
                value(items, token, p, elementPath, depth + 1, out);
            }
        }
    }

    /**
     * An open object, each field's value taken with its name, {@link #end} run on its last token. As is, an object whose
     * schemas are known: each field is recorded and walked as it comes.
     */
    private class CertainObject extends Frame {
        final ObjectPlan plan;
        final FieldPath path;
        final FieldPath[] children;
        final int depth;
        final FieldCollector out;
        private String name;

        CertainObject(ObjectPlan plan, FieldPath path, int depth, FieldCollector out) {
            this.plan = plan;
            this.path = path;
            this.children = path.childrenFor(plan);
            this.depth = depth;
            this.out = out;
        }

        @Override
        final void token(JsonToken token, JsonParser p) throws IOException {
            if (token == JsonToken.FIELD_NAME) {
                name = p.currentName();
            } else if (token == JsonToken.END_OBJECT) {
                end();
                close();
            } else {
                fieldValue(name, token, p);
            }
        }

        void fieldValue(String name, JsonToken token, JsonParser p) throws IOException {
            field(plan.rule(name), 0, name, token, p, path, children, depth, out);
        }

        void end() {
        }
    }

    /**
     * An object under oneOf/anyOf: fields whose outcome differs between the candidates are walked into
     * per-field results that the candidate chosen at the end keeps.
     */
    private final class UncertainObject extends CertainObject {
        private final ObjectFacts facts;
        private List<Pending> pending;

        UncertainObject(ObjectPlan plan, FieldPath path, int depth, FieldCollector out) {
            super(plan, path, depth, out);
            this.facts = new ObjectFacts(plan);
        }

        @Override
        void end() {
            if (pending != null) {
                int chosen = facts.decide();
                for (Pending field : pending) {
                    pass.settle(field.rule(), chosen, field.name(), field.results(), path, children, out);
                }
            }
        }

        @Override
        void fieldValue(String field, JsonToken token, JsonParser p) throws IOException {
            FieldRule rule = plan.rule(field);
            facts.note(rule, p);
            if (rule.inert) {
                skip(token);
            } else if (rule.uniform && pending == null) {
                field(rule, 0, field, token, p, path, children, depth, out);
            } else if (rule.distinct.length == 0 || depth >= MAX_DEPTH || !token.isStructStart()) {
                skip(token);
                walked(rule, field, null);
            } else {
                FieldCollector[] results = new FieldCollector[rule.distinct.length];
                walkPerSchema(rule, field, token, p, path, children, depth, results, () -> walked(rule, field, results));
            }
        }

        /** A field's value walked ({@code results}; null: nothing walked): recorded now if its outcome is certain, else kept. */
        private void walked(FieldRule rule, String field, FieldCollector[] results) {
            if (rule.uniform && rule.kinds[0] != FieldRule.UNKNOWN && !StreamingPass.hasPointers(results)) {
                pass.settle(rule, 0, field, results, path, children, out);
            } else {
                pending = pending == null ? new ArrayList<>(plan.rules.size()) : pending;
                pending.add(new Pending(field, rule, results));
            }
        }
    }

    /**
     * An object under oneOf/anyOf whose plan is {@link ObjectPlan#guessable}, walked as if the candidate of the
     * plan's last decision were chosen (objects at one place mostly choose alike): each field is recorded and
     * walked at once, as in a {@link CertainObject}; a value the guess does not walk but another candidate would
     * is walked aside. If the object chooses otherwise, {@link GuessedFields#recordAgain} puts it right.
     */
    private final class GuessedObject extends CertainObject {
        private final ObjectFacts facts;
        private final int guess;
        private final GuessedFields fields;

        GuessedObject(ObjectPlan plan, FieldPath path, int depth, FieldCollector out) {
            super(plan, path, depth, out);
            this.facts = new ObjectFacts(plan);
            this.guess = plan.guess();
            this.fields = new GuessedFields(plan.rules.size() + 1, out);
        }

        @Override
        void end() {
            int chosen = facts.decide();
            if (chosen != guess) {
                fields.recordAgain(chosen, path, children, pass);
            }
        }

        @Override
        void fieldValue(String name, JsonToken token, JsonParser p) throws IOException {
            FieldRule rule = plan.rule(name);
            facts.note(rule, p);
            if (rule.inert) {
                skip(token);
            } else if (rule.walkIndexes[guess] >= 0 || rule.distinct.length == 0 || !token.isStructStart() || depth >= MAX_DEPTH) {
                fields.add(name, rule, rule.walkIndexes[guess] >= 0);
                field(rule, guess, name, token, p, path, children, depth, out);
            } else {
                int field = fields.add(name, rule, false);
                GuessedFields.recordOwn(rule, guess, name, out, path, children, pass);
                descend(rule.distinct[0], name, token, p, path, path.child(rule, name, children), depth, fields.aside(field), null);
            }
        }
    }

    /** A field of an object under oneOf/anyOf kept until the object's candidate is known. */
    private record Pending(String name, FieldRule rule, FieldCollector[] results) {
    }
}
