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

    static final int MAX_DEPTH = 256;

    final StreamingPass pass;
    /** Whether objects under oneOf/anyOf are walked as the candidate they chose lately ({@link GuessedObject}). */
    private final boolean guessing;
    private final SchemaWalk root;
    private final FieldPath rootPath;
    private final FieldCollector out = new FieldCollector(FieldCollector.BODY_CAPACITY);
    /** The open containers' frames, outermost first ({@code frames[0..open)}). */
    private Frame[] frames = new Frame[16];
    private int open;
    /** The innermost open container's frame ({@code frames[open - 1]}), null when none is open. */
    private Frame top;
    private boolean started;
    /** How many objects were walked with a guess (the tests count the guesses that held). */
    int guessedObjects;

    FieldWalk(WalkPlanner planner, SchemaWalk root, boolean guessing) {
        this.pass = new StreamingPass(planner);
        this.guessing = guessing;
        this.root = root;
        this.rootPath = planner.rootPath();
    }

    /**
     * The next token of the value, the parser standing on it (its text may be read, it is not moved). The
     * first token starts the value; tokens after its end are ignored.
     */
    public void token(JsonToken token, JsonParser p) throws IOException {
        Frame frame = top;
        // by the frame's class, so that each call is bound statically and the common ones inlined (the JIT leaves a
        // call with three or more receiver classes, as Frame.token has, a virtual call)
        if (frame instanceof CertainObject object) {
            object.token(token, p);
        } else if (frame instanceof Items items) {
            items.token(token, p);
        } else if (frame != null) {
            frame.token(token, p);
        } else if (!started) {
            started = true;
            value(root, token, p, rootPath, 0, out);
        }
    }

    /**
     * A member's name, its {@code FIELD_NAME} token at the parser: {@link #token} for it, and whether the object had
     * the name already, as far as this walk knows: 0 the first time, 1 again, -1 not told (a name the object's plan
     * does not name, or a value not walked here).
     */
    public int fieldName(String name, JsonParser p) throws IOException {
        Frame frame = top;
        if (frame instanceof CertainObject object) {
            return object.fieldName(name, p);
        }
        return frame == null ? -1 : frame.fieldName(name, p);
    }

    /** Whether the value has ended. */
    public boolean finished() {
        return started && top == null;
    }

    /** The unknown pointers, unknown paths and seen paths of the value (no readOnly pointers). */
    public WalkResult result() {
        return out.result(root == null ? null : root.lastSeen);
    }

    interface Done {
        void run() throws IOException;
    }

    /** An open container: takes the tokens after its first up to its last. */
    abstract class Frame {
        /** Runs when the value ends, where it stands (a buffered value is walked). */
        Done onEnd;
        /** How many levels of the pointer the value leaves when it ends. */
        int pops;
        /** Runs after, one level up (the parent takes what the value gave). */
        Done onDone;

        abstract void token(JsonToken token, JsonParser p) throws IOException;

        /** {@link FieldWalk#fieldName}: an object's frame tells, by the names of its plan. */
        int fieldName(String name, JsonParser p) throws IOException {
            token(JsonToken.FIELD_NAME, p);
            return -1;
        }

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
        int guess = guessing && plan.guessable ? plan.guess() : -1;
        if (guess < 0) {
            return new UncertainObject(this, plan, path, depth, out);
        }
        guessedObjects++;
        return new GuessedObject(this, plan, guess, path, depth, out);
    }

    void skip(JsonToken token) throws IOException {
        if (token.isStructStart()) {
            open(new Skip(null));
        }
    }

    /** Records a field with the outcome of candidate {@code c} and walks its value as it comes. */
    void field(FieldRule rule, int c, String name, JsonToken token, JsonParser p, FieldPath path,
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
    void descend(SchemaWalk walk, String name, JsonToken token, JsonParser p, FieldPath path, FieldPath child,
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
    void walkPerSchema(FieldRule rule, String name, JsonToken token, JsonParser p, FieldPath path,
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
    class CertainObject extends Frame {
        final ObjectPlan plan;
        final FieldPath path;
        final FieldPath[] children;
        final int depth;
        final FieldCollector out;
        private String name;
        private FieldRule rule;
        /** The plan's names seen in the object, by their rules' ordinals below 64. */
        private long named;

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
                fieldName(p.currentName(), p);
            } else if (token == JsonToken.END_OBJECT) {
                end();
                close();
            } else {
                fieldValue(name, rule, token, p);
            }
        }

        @Override
        final int fieldName(String name, JsonParser p) {
            this.name = name;
            this.rule = plan.rule(name);
            int ordinal = rule.ordinal;
            if (ordinal < 0 || ordinal >= Long.SIZE) {
                return -1;
            }
            long bit = 1L << ordinal;
            int again = (named & bit) != 0 ? 1 : 0;
            named |= bit;
            return again;
        }

        void fieldValue(String name, FieldRule rule, JsonToken token, JsonParser p) throws IOException {
            walkField(rule, 0, name, token, p);
        }

        /** Records the field with the outcome of candidate {@code c} and walks its value as it comes. */
        final void walkField(FieldRule rule, int c, String name, JsonToken token, JsonParser p) throws IOException {
            field(rule, c, name, token, p, path, children, depth, out);
        }

        void end() {
        }
    }
}
