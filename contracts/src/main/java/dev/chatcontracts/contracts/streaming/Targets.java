package dev.chatcontracts.contracts.streaming;

import java.util.Arrays;

/**
 * The schemas the next value is checked against, each with where its violations go (the sink: the
 * evaluation of the enclosing value that asked for it) and, for a declared property, the enclosing
 * evaluation whose progress through the object records it. Reused for every value at one depth.
 */
final class Targets {

    SchemaNode[] schemas = new SchemaNode[4];
    Evaluation[] sinks = new Evaluation[4];
    Evaluation[] states = new Evaluation[4];
    PropertySlot[] slots = new PropertySlot[4];
    int size;
    /** Whether no target applies subschemas in place, so that a scalar needs no evaluation object. */
    boolean simple = true;

    /** Empties the list; the arrays keep stale references until overwritten (a few, per depth). */
    void clear() {
        size = 0;
        simple = true;
    }

    /** Drops the references the last value left (the list is kept for the next document). */
    void forget() {
        Arrays.fill(sinks, null);
        Arrays.fill(states, null);
        clear();
    }

    /**
     * @param state the evaluation that tracks the enclosing object ({@code null} when nothing is tracked)
     * @param slot the property the value belongs to ({@code null} for items and additional properties)
     */
    void add(SchemaNode schema, Evaluation sink, Evaluation state, PropertySlot slot) {
        if (schema.alwaysTrue()) {
            return;
        }
        if (size == schemas.length) {
            schemas = Arrays.copyOf(schemas, size * 2);
            sinks = Arrays.copyOf(sinks, size * 2);
            states = Arrays.copyOf(states, size * 2);
            slots = Arrays.copyOf(slots, size * 2);
        }
        schemas[size] = schema;
        sinks[size] = sink;
        states[size] = state;
        slots[size] = slot;
        size++;
        simple &= schema.applicators() == null;
    }
}
