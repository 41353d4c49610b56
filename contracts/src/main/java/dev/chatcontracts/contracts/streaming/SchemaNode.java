package dev.chatcontracts.contracts.streaming;

/**
 * One compiled schema: its location in the schema document and its rules, grouped by what they apply to.
 * A node is created before its subschemas so that recursive {@code $ref}s can point at it, and defined once
 * by {@link SchemaCompiler}; after compilation nothing changes (the graph is published through the final
 * field of {@link StreamingSchema}) but the hints of {@link Applicators} for guessing walks, which never change a verdict.
 */
final class SchemaNode {

    /** The schema {@code true}. */
    static final SchemaNode TRUE = booleanSchema(true, "#");

    private final String location;
    private ValueRules values;
    private ObjectRules objects;
    private ArrayRules arrays;
    private Applicators applicators;
    private boolean alwaysTrue;
    private boolean settlesEarly;
    private boolean forwardsOnly;

    SchemaNode(String location) {
        this.location = location;
    }

    static SchemaNode booleanSchema(boolean value, String location) {
        SchemaNode node = new SchemaNode(location);
        node.define(value ? null : ValueRules.rejectingEverything(location), null, null, null);
        return node;
    }

    void define(ValueRules values, ObjectRules objects, ArrayRules arrays, Applicators applicators) {
        this.values = values;
        this.objects = objects;
        this.arrays = arrays;
        this.applicators = applicators;
        this.alwaysTrue = values == null && objects == null && arrays == null && applicators == null;
        this.settlesEarly = applicators == null && (objects == null || !objects.constrainsTheRest())
                && (values == null || !values.needsCapture());
        this.forwardsOnly = applicators == null && (objects == null || objects.requiredCount() == 0)
                && (values == null || !values.needsCapture());
    }

    /** The JSON pointer of the schema as a URI fragment, {@code #/$defs/Chat}. */
    String location() {
        return location;
    }

    /** {@code null} when the schema has no type, enum, const, string or number keyword. */
    ValueRules values() {
        return values;
    }

    /** {@code null} when the schema has no object keyword. */
    ObjectRules objects() {
        return objects;
    }

    /** {@code null} when the schema has no array keyword. */
    ArrayRules arrays() {
        return arrays;
    }

    /** {@code null} when the schema applies no subschema to the same value. */
    Applicators applicators() {
        return applicators;
    }

    /** Whether every value passes (the schema {@code true}, or only annotations). */
    boolean alwaysTrue() {
        return alwaysTrue;
    }

    /**
     * Whether an evaluation of this schema would only pass its violations on: no in-place subschemas to
     * decide, no names to track, nothing to capture. A container checked by such a schema alone is walked
     * without an evaluation of its own.
     */
    boolean forwardsOnly() {
        return forwardsOnly;
    }

    /**
     * Whether an object's verdict is final once its required and declared properties have been seen:
     * nothing else (other names, the count, subschemas) can still fail it. Lets an {@code if} decide before
     * the object ends.
     */
    boolean settlesEarly() {
        return settlesEarly;
    }
}
