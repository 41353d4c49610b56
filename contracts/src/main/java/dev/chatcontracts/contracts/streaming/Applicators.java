package dev.chatcontracts.contracts.streaming;

import java.util.ArrayList;
import java.util.List;

/**
 * The subschemas a schema applies to the same value: {@code $ref} (next to other keywords), {@code allOf},
 * {@code anyOf}, {@code oneOf}, {@code not} and {@code if}/{@code then}/{@code else}, as one array of
 * slots with their roles.
 */
final class Applicators {

    enum Role { REF, ALL_OF, ANY_OF, ONE_OF, NOT, IF, THEN, ELSE }

    final String location;
    final SchemaNode[] nodes;
    final Role[] roles;
    final int ifSlot;
    final int thenSlot;
    final int elseSlot;
    final int notSlot;
    /**
     * How this schema's {@code if} condition decided lately, a hint for a walk that guesses the branch (see
     * {@link #unguessedSlot}): 0 not yet, 1 / -1 it passed / failed last time, 2 / -2 the last two times alike.
     * Written by every thread that validates with this schema, without synchronisation: a lost or stale write only
     * makes a guess less likely to hold, and a guess never changes a verdict (a wrong one is found and the value
     * walked again without guessing). Only written when it changes, so that steady traffic does not write it.
     */
    private int conditionHint;

    private Applicators(String location, List<SchemaNode> nodes, List<Role> roles) {
        this.location = location;
        this.nodes = nodes.toArray(SchemaNode[]::new);
        this.roles = roles.toArray(Role[]::new);
        this.ifSlot = roles.indexOf(Role.IF);
        this.thenSlot = roles.indexOf(Role.THEN);
        this.elseSlot = roles.indexOf(Role.ELSE);
        this.notSlot = roles.indexOf(Role.NOT);
    }

    /** Whether the applicator in {@code slot} wants to hear early that its subschema failed or can no longer fail. */
    boolean watches(int slot) {
        Role role = roles[slot];
        return role == Role.IF || role == Role.NOT || role == Role.ANY_OF;
    }

    /** Whether the applicator in {@code slot} reports its subschema's violations (not only its verdict). */
    boolean wantsDetails(int slot) {
        return roles[slot] != Role.IF && roles[slot] != Role.NOT;
    }

    int size() {
        return nodes.length;
    }

    /**
     * The branch ({@code then} or {@code else}) a walk that guesses need not evaluate: the one the condition did
     * not take the last two times it decided, alike; -1 when this schema has no {@code if}/{@code then}/{@code else}
     * or its condition did not decide alike twice in a row.
     */
    int unguessedSlot() {
        if (thenSlot < 0 || elseSlot < 0) {
            return -1;
        }
        int hint = conditionHint;
        return hint == 2 ? elseSlot : hint == -2 ? thenSlot : -1;
    }

    /** The condition decided, {@code valid} or not: remembered for the next guesses. */
    void conditionDecided(boolean valid) {
        int hint = conditionHint;
        int vote = valid ? 1 : -1;
        int next = hint * vote > 0 ? 2 * vote : vote;
        if (next != hint) {
            conditionHint = next;
        }
    }

    /** Collects the slots of one schema object, in keyword order. */
    static final class Builder {
        private final String location;
        private final List<SchemaNode> nodes = new ArrayList<>();
        private final List<Role> roles = new ArrayList<>();

        Builder(String location) {
            this.location = location;
        }

        Builder add(Role role, SchemaNode node) {
            nodes.add(node);
            roles.add(role);
            return this;
        }

        /** The applicators, or {@code null} when the schema has none. */
        Applicators build() {
            return nodes.isEmpty() ? null : new Applicators(location, nodes, roles);
        }
    }
}
