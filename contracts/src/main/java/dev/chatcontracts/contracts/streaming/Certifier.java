package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Asks only whether a document passes, for the schemas whose every value is checked by one schema at a time: type,
 * enum, const, the string and number rules, {@code properties}, {@code required}, {@code additionalProperties},
 * {@code items} and their counts; and one in-place shape, the converter's chains of {@code if}/{@code then}/{@code
 * else} whose conditions name one property ({@code if} the object's {@code type} is {@code chat} {@code then} Chat
 * {@code else} ..., {@code if} it has {@code chats} {@code then} ChatList {@code else} ...), taken as their conditions
 * decided lately ({@link Applicators#unguessedSlot}), each condition on the way checked on its property. It keeps no
 * evaluation, target list or pointer: one pull of the tokens, depth first, a schema per value.
 *
 * <p>Its answer is one of two: the document passes (the {@link TokenWalker} would find no violation, which every
 * test that compares the two checks), or it cannot tell, at the first value that fails, a schema it does not take
 * (another applicator, an object of more than 64 names, an {@code enum} of containers, a value deeper than 256
 * levels), a condition deciding otherwise than guessed, or JSON it cannot read. Then the caller validates the
 * document again with the walker, which finds what there is. Worth it where documents mostly pass (captured traffic).
 *
 * <p>It reads either through a parser that watches the tokens (the engine's record of repeated names) or the parser
 * itself; then it checks that no object repeats a name (the bit of each declared name, a set of the others), cannot
 * tell when one does, and tells a {@link ValueFollower} of every member and every item that is a container, skipped
 * values included, so that the field walk shares the pass at a call per member.
 */
final class Certifier {

    /** Thrown to leave the walk when it cannot tell; no stack trace. */
    private static final class CannotTell extends RuntimeException {
        static final CannotTell INSTANCE = new CannotTell();

        private CannotTell() {
            super("the certifier cannot tell", null, false, false);
        }
    }

    /** What a member's name maps to when the name itself fails its object. */
    private static final SchemaNode REJECTED = SchemaNode.booleanSchema(false, "#");
    /** The deepest value walked; deeper documents are left to the walker. */
    static final int MAX_DEPTH = 256;

    private final JsonParser parser;
    private final JsonParser values;
    /** Whether the certifier reads the parser itself (with no watching parser in between): it then checks that no object repeats a name. */
    private final boolean checksNames;
    private final ScalarValue scalar = new ScalarValue();
    /** Takes the violations of the rules the values are checked with; any violation ends the walk. */
    private final Evaluation tripwire = new Evaluation(SchemaNode.TRUE);
    /** Where the rules would place a violation: never rendered, as the tripwire asks for no details. */
    private final InstancePath path = new InstancePath();

    private Certifier(JsonParser parser, JsonParser values, boolean checksNames) {
        this.parser = parser;
        this.values = values;
        this.checksNames = checksNames;
    }

    /**
     * Whether the value starting at the parser's token (see {@link StreamingValidator#validate(JsonParser)}) passes
     * {@code root}; false when it cannot tell (the parser is then left inside the value).
     */
    static boolean passes(JsonParser parser, JsonParser values, SchemaNode root) throws IOException {
        return passes(new Certifier(parser, values, false), root, null);
    }

    /**
     * As {@link #passes(JsonParser, JsonParser, SchemaNode)}, reading {@code parser} itself (names and values too) and
     * telling {@code follower}, when given, of the value's members and items ({@link ValueFollower}); false too when an
     * object repeats a name.
     */
    static boolean passes(JsonParser parser, ValueFollower follower, SchemaNode root) throws IOException {
        return passes(new Certifier(parser, parser, true), root, follower);
    }

    private static boolean passes(Certifier certifier, SchemaNode root, ValueFollower follower) throws IOException {
        JsonParser parser = certifier.parser;
        JsonToken token = parser.currentToken();
        if (token == null || token == JsonToken.FIELD_NAME) {
            token = parser.nextToken();
        }
        if (token == null || token.isStructEnd()) {
            return false;
        }
        try {
            certifier.value(root, token, 0, follower);
            return true;
        } catch (CannotTell | JsonProcessingException e) {
            return false;
        }
    }

    /**
     * Passes over the value at the parser, {@code depth} levels down; reading the parser itself, each object's names
     * checked unique down to {@link #MAX_DEPTH}, and the follower told.
     */
    private void skip(JsonToken token, int depth, ValueFollower follower) throws IOException {
        if (!checksNames) {
            parser.skipChildren();
            return;
        }
        if (token == null || token.isStructStart() && depth >= MAX_DEPTH) {
            throw CannotTell.INSTANCE;
        }
        if (token == JsonToken.START_OBJECT) {
            Set<String> names = new HashSet<>();
            for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
                String name = values.currentName();
                if (!names.add(name)) {
                    throw CannotTell.INSTANCE;
                }
                JsonToken value = parser.nextToken();
                skip(value, depth + 1, follower == null ? null : follower.member(name, value, parser));
            }
            ended(JsonToken.END_OBJECT, follower);
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken(), index++) {
                skip(next, depth + 1, item(follower, index, next));
            }
            ended(JsonToken.END_ARRAY, follower);
        }
    }

    /** The follower of an item, for one that is a container; the JSON ending early cannot be told. */
    private static ValueFollower item(ValueFollower follower, int index, JsonToken token) {
        if (token == null) {
            throw CannotTell.INSTANCE;
        }
        return follower != null && token.isStructStart() ? follower.item(index, token) : null;
    }

    /** Whether the parser stands on {@code end} (if not, the JSON ended early); the follower told. */
    private void ended(JsonToken end, ValueFollower follower) {
        if (parser.currentToken() != end) {
            throw CannotTell.INSTANCE;
        }
        if (follower != null) {
            follower.end();
        }
    }

    private void value(SchemaNode node, JsonToken token, int depth, ValueFollower follower) throws IOException {
        if (node == null || node.alwaysTrue()) {
            skip(token, depth, follower);
            return;
        }
        ValueRules rules = node.values();
        if (token.isScalarValue()) {
            if (node.applicators() != null) {
                throw CannotTell.INSTANCE;
            }
            if (rules != null) {
                if (!rules.checkTypeOnly(token, tripwire, path)) {
                    scalar.reset(values, token);
                    rules.checkScalar(scalar, tripwire, path);
                }
                check();
            }
            return;
        }
        if (depth >= MAX_DEPTH) {
            throw CannotTell.INSTANCE;
        }
        containerStart(rules, token);
        if (token == JsonToken.START_ARRAY) {
            if (node.applicators() != null) {
                throw CannotTell.INSTANCE;
            }
            array(node.arrays(), depth, follower);
        } else if (node.applicators() != null) {
            Chain chain = Chain.of(node, token, this);
            object(chain.branch, chain, depth, follower);
        } else {
            object(node, null, depth, follower);
        }
    }

    private void array(ArrayRules rules, int depth, ValueFollower follower) throws IOException {
        SchemaNode items = rules == null ? null : rules.items();
        int count = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            value(items, token, depth + 1, item(follower, count, token));
            count++;
        }
        if (rules != null && !rules.passesCount(count)) {
            throw CannotTell.INSTANCE;
        }
        if (follower != null) {
            follower.end();
        }
    }

    /** An object under {@code node} (no applicators), and the conditions of the chain that chose it, if any. */
    private void object(SchemaNode node, Chain chain, int depth, ValueFollower follower) throws IOException {
        ObjectRules rules = node.objects();
        if (rules != null && rules.slotCount() > Long.SIZE) {
            throw CannotTell.INSTANCE;
        }
        long seen = 0;
        int count = 0;
        Set<String> others = null;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = values.currentName();
            PropertySlot slot = rules == null ? null : rules.slot(name, name.hashCode());
            if (slot != null) {
                long bit = 1L << slot.index();
                if (checksNames && (seen & bit) != 0) {
                    throw CannotTell.INSTANCE;
                }
                seen |= bit;
            } else if (checksNames) {
                others = others == null ? new HashSet<>() : others;
                if (!others.add(name)) {
                    throw CannotTell.INSTANCE;
                }
            }
            SchemaNode member = null;
            if (rules != null) {
                member = rules.memberSchema(slot, REJECTED);
                if (member == REJECTED) {
                    throw CannotTell.INSTANCE;
                }
            }
            JsonToken next = parser.nextToken();
            if (chain != null) {
                chain.member(name, next, this);
            }
            value(member, next, depth + 1, follower == null ? null : follower.member(name, next, parser));
            count++;
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw CannotTell.INSTANCE;
        }
        if (rules != null && !rules.passesEnd(seen, count)) {
            throw CannotTell.INSTANCE;
        }
        if (chain != null) {
            chain.end();
        }
        if (follower != null) {
            follower.end();
        }
    }

    /** Whether the scalar at the parser passes {@code node}'s value rules (a condition's, which may fail). */
    private boolean scalarPasses(SchemaNode node, JsonToken token) throws IOException {
        if (node.alwaysTrue()) {
            return true;
        }
        Evaluation condition = new Evaluation(SchemaNode.TRUE);
        scalar.reset(values, token);
        node.values().checkScalar(scalar, condition, path);
        return condition.violations() == null;
    }

    /** Checks where an object or array starts; the values must not be read whole. */
    private void containerStart(ValueRules rules, JsonToken token) throws IOException {
        if (rules != null) {
            if (rules.checkContainerStart(token, tripwire, path)) {
                throw CannotTell.INSTANCE;
            }
            check();
        }
    }

    private void check() {
        if (tripwire.violations() != null) {
            throw CannotTell.INSTANCE;
        }
    }

    /**
     * A discriminator chain resolved as its conditions decided lately: the branch taken, and for each {@code if} on the
     * way its condition's property, that property's schema and whether the condition is to hold.
     */
    private static final class Chain {
        final SchemaNode branch;
        final String[] names;
        final SchemaNode[] schemas;
        final boolean[] holds;
        final boolean[] passed;
        final int size;

        private Chain(SchemaNode branch, String[] names, SchemaNode[] schemas, boolean[] holds, int size) {
            this.branch = branch;
            this.names = names;
            this.schemas = schemas;
            this.holds = holds;
            this.passed = new boolean[size];
            this.size = size;
        }

        /** The chain under {@code node} at an object starting with {@code token}; each branch's start checked on the way. */
        static Chain of(SchemaNode node, JsonToken token, Certifier certifier) throws IOException {
            String[] names = new String[4];
            SchemaNode[] schemas = new SchemaNode[4];
            boolean[] holds = new boolean[4];
            int size = 0;
            while (node.applicators() != null) {
                Applicators applicators = node.applicators();
                if (size == names.length || node.objects() != null || node.arrays() != null || !onlyIfThenElse(applicators)) {
                    throw CannotTell.INSTANCE;
                }
                SchemaNode condition = applicators.nodes[applicators.ifSlot];
                PropertySlot property = condition.applicators() == null && condition.values() == null
                        && condition.arrays() == null && condition.objects() != null
                        ? condition.objects().onlyRequiredProperty() : null;
                int unguessed = applicators.unguessedSlot();
                if (property == null || unguessed < 0 || !scalarOnly(property.schema())) {
                    throw CannotTell.INSTANCE;
                }
                boolean then = unguessed == applicators.elseSlot;
                names[size] = property.name();
                schemas[size] = property.schema();
                holds[size] = then;
                size++;
                node = applicators.nodes[then ? applicators.thenSlot : applicators.elseSlot];
                certifier.containerStart(node.values(), token);
            }
            return new Chain(node, names, schemas, holds, size);
        }

        private static boolean onlyIfThenElse(Applicators applicators) {
            return applicators.size() == 3 && applicators.ifSlot >= 0 && applicators.thenSlot >= 0 && applicators.elseSlot >= 0;
        }

        /** Whether a condition's property schema checks scalars only; {@code null}, a name only required, does. */
        private static boolean scalarOnly(SchemaNode schema) {
            return schema == null || schema.applicators() == null && schema.objects() == null && schema.arrays() == null
                    && (schema.values() == null || !schema.values().needsCapture());
        }

        /** A member of the object starts, the parser on its value: a condition's property is checked. */
        void member(String name, JsonToken token, Certifier certifier) throws IOException {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    if (schemas[i] == null) {
                        passed[i] = true;
                    } else if (!token.isScalarValue()) {
                        throw CannotTell.INSTANCE;
                    } else {
                        passed[i] = certifier.scalarPasses(schemas[i], token);
                    }
                }
            }
        }

        /** The object ended: each condition decided as the chain was taken. */
        void end() {
            for (int i = 0; i < size; i++) {
                if (passed[i] != holds[i]) {
                    throw CannotTell.INSTANCE;
                }
            }
        }
    }
}
