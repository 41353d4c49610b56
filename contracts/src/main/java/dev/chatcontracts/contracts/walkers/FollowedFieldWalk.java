package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.chatcontracts.contracts.streaming.ValueFollower;
import java.io.IOException;

/**
 * The field walk of a value that passes its schema, following the certifier's walk ({@link
 * dev.chatcontracts.contracts.streaming.StreamingValidator#certainlyPasses(JsonParser, ValueFollower)}) at a call per
 * member instead of being fed every token ({@link FieldWalk}): the same unknown pointers, unknown paths and seen paths
 * as a guessing {@link FieldWalk}, for a value whose objects repeat no name (the certifier checks that). An object it
 * cannot follow stops the walk with {@link GuessMissed}, and the value is read again by a pass with a {@link FieldWalk}:
 * an object under oneOf/anyOf whose plan has no guess (or is not {@link ObjectPlan#guessable}) or that chooses otherwise
 * than guessed, and an object too undecided to plan. Not thread-safe: one per body.
 */
public final class FollowedFieldWalk {

    private final StreamingPass pass;
    private final SchemaWalk root;
    private final FieldPath rootPath;
    private final FieldCollector out = new FieldCollector(FieldCollector.BODY_CAPACITY);

    FollowedFieldWalk(WalkPlanner planner, SchemaWalk root) {
        this.pass = new StreamingPass(planner);
        this.root = root;
        this.rootPath = planner.rootPath();
    }

    /** The follower of the value starting with {@code token} (its first), or null when nothing in it is walked. */
    public ValueFollower root(JsonToken token) {
        return follower(root, token, rootPath, 0);
    }

    /** The unknown pointers, unknown paths and seen paths of the value (no readOnly pointers), once it was followed. */
    public WalkResult result() {
        return out.result(root == null ? null : root.lastSeen);
    }

    /** The follower of a value starting with {@code token} walked with {@code walk} at {@code path}, as {@link FieldWalk} opens it. */
    private Container follower(SchemaWalk walk, JsonToken token, FieldPath path, int depth) {
        if (!token.isStructStart() || walk == null || walk.schema == null || depth > FieldWalk.MAX_DEPTH) {
            return null;
        }
        if (token == JsonToken.START_OBJECT) {
            return object(walk.objectPlan(), path, depth);
        }
        SchemaWalk items = walk.items();
        if (items.schema == null || depth >= FieldWalk.MAX_DEPTH) {
            return null;
        }
        pass.pushIndex();
        Items follower = new Items(items, path.star(), depth);
        follower.pops = 1;
        return follower;
    }

    private Container object(ObjectPlan plan, FieldPath path, int depth) {
        if (plan.inert) {
            return null;
        }
        if (plan.undecidable) {
            throw GuessMissed.INSTANCE;
        }
        if (plan.candidates.size() == 1) {
            return new Members(plan, 0, null, path, depth);
        }
        int guess = plan.guessable ? plan.guess() : -1;
        if (guess < 0) {
            throw GuessMissed.INSTANCE;
        }
        return new Members(plan, guess, new ObjectFacts(plan), path, depth);
    }

    /** A member's container value walked one level down with {@code walk}, as {@link FieldWalk#descend}: its follower, or null. */
    private ValueFollower descend(SchemaWalk walk, String name, JsonToken token, FieldPath path, FieldPath child, int depth) {
        if (walk.schema == null || depth >= FieldWalk.MAX_DEPTH || !token.isStructStart()) {
            return null;
        }
        pass.push(name);
        Container follower = follower(walk, token, walk.star ? path.star() : child != null ? child : path.child(name), depth + 1);
        if (follower == null) {
            pass.pop();
            return null;
        }
        follower.pops++;
        return follower;
    }

    /** An open container followed: the levels of the pointer it leaves when it ends. */
    private abstract class Container implements ValueFollower {
        int pops;

        @Override
        public ValueFollower member(String name, JsonToken token, JsonParser parser) throws IOException {
            throw new IllegalStateException("a member told to an array's follower");
        }

        @Override
        public ValueFollower item(int index, JsonToken token) {
            throw new IllegalStateException("an item told to an object's follower");
        }

        @Override
        public void end() {
            for (int i = 0; i < pops; i++) {
                pass.pop();
            }
        }
    }

    /** An array: its items that are containers are walked with the items' schema. */
    private final class Items extends Container {
        private final SchemaWalk items;
        private final FieldPath elementPath;
        private final int depth;

        Items(SchemaWalk items, FieldPath elementPath, int depth) {
            this.items = items;
            this.elementPath = elementPath;
            this.depth = depth;
        }

        @Override
        public ValueFollower item(int index, JsonToken token) {
            pass.setIndex(index);
            return follower(items, token, elementPath, depth + 1);
        }
    }

    /**
     * An object walked as one candidate of its plan: each member recorded with that candidate's outcome. With {@code
     * facts}, the candidate is a guess (the plan's last two decisions), checked when the object ends.
     */
    private final class Members extends Container {
        private final ObjectPlan plan;
        private final int candidate;
        private final ObjectFacts facts;
        private final FieldPath path;
        private final FieldPath[] children;
        private final int depth;

        Members(ObjectPlan plan, int candidate, ObjectFacts facts, FieldPath path, int depth) {
            this.plan = plan;
            this.candidate = candidate;
            this.facts = facts;
            this.path = path;
            this.children = path.childrenFor(plan);
            this.depth = depth;
        }

        @Override
        public ValueFollower member(String name, JsonToken token, JsonParser parser) throws IOException {
            FieldRule rule = plan.rule(name);
            if (facts != null) {
                facts.note(rule, parser);
            }
            switch (rule.kinds[candidate]) {
                case FieldRule.UNKNOWN -> {
                    out.unknown(pass.pointer(name), path.unknown(name));
                    return null;
                }
                case FieldRule.PROPERTY -> {
                    FieldPath child = path.child(rule, name, children);
                    out.seen(child);
                    return descend(rule.walks[candidate], name, token, path, child, depth);
                }
                case FieldRule.MAP_VALUE -> {
                    return descend(rule.walks[candidate], name, token, path, null, depth);
                }
                default -> {
                    return null;
                }
            }
        }

        @Override
        public void end() {
            if (facts != null && facts.decide() != candidate) {
                throw GuessMissed.INSTANCE;
            }
            super.end();
        }
    }
}
