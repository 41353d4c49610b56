package dev.chatcontracts.contracts.streaming;

import dev.chatcontracts.contracts.names.NameIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code properties}, {@code required}, {@code additionalProperties}, {@code minProperties} and
 * {@code maxProperties}: which schema each property's value gets, and what is checked when the object ends.
 */
final class ObjectRules {

    private final String location;
    private final NameIndex<PropertySlot> slots;
    private final int slotCount;
    private final PropertySlot[] required;
    private final SchemaNode additional;
    private final boolean additionalForbidden;
    private final long minProperties;
    private final long maxProperties;
    private final int declaredCount;

    /**
     * @param properties the declared properties' schemas, in document order
     * @param requiredNames the required names, in document order
     * @param additional the schema of undeclared properties; {@code null} when unconstrained
     * @param additionalForbidden whether {@code additionalProperties} is {@code false}
     */
    ObjectRules(String location, Map<String, SchemaNode> properties, List<String> requiredNames, SchemaNode additional,
            boolean additionalForbidden, long minProperties, long maxProperties) {
        this.location = location;
        Map<String, PropertySlot> byName = new LinkedHashMap<>();
        int declared = 0;
        for (Map.Entry<String, SchemaNode> property : properties.entrySet()) {
            boolean canFail = !property.getValue().alwaysTrue();
            declared += canFail ? 1 : 0;
            byName.put(property.getKey(), new PropertySlot(byName.size(), property.getKey(), property.getValue(),
                    requiredNames.contains(property.getKey()), canFail));
        }
        List<PropertySlot> requiredSlots = new ArrayList<>();
        for (String name : requiredNames) {
            PropertySlot slot = byName.computeIfAbsent(name, n -> new PropertySlot(byName.size(), n, null, true, false));
            if (!requiredSlots.contains(slot)) {
                requiredSlots.add(slot);
            }
        }
        this.slots = new NameIndex<>(byName);
        this.slotCount = byName.size();
        this.required = requiredSlots.toArray(PropertySlot[]::new);
        this.additional = additional == null || additional.alwaysTrue() ? null : additional;
        this.additionalForbidden = additionalForbidden;
        this.minProperties = minProperties;
        this.maxProperties = maxProperties;
        this.declaredCount = declared;
    }

    int slotCount() {
        return slotCount;
    }

    int requiredCount() {
        return required.length;
    }

    int declaredCount() {
        return declaredCount;
    }

    /** Whether undeclared names or the number of properties can still fail an object (no early verdict then). */
    boolean constrainsTheRest() {
        return additional != null || additionalForbidden || minProperties >= 0 || maxProperties >= 0;
    }

    /**
     * A property named {@code name} starts: records it, and adds the schema its value is checked against to
     * {@code targets}. Called before the name is pushed on {@code path}, which is the object's.
     *
     * @param sink where violations go
     * @param state the evaluation tracking the names seen; {@code null} when nothing needs tracking
     * @param hash {@code name.hashCode()}, computed once for all the schemas of the object
     */
    void onKey(Evaluation sink, Evaluation state, String name, int hash, Targets targets, InstancePath path) {
        PropertySlot slot = slots.get(name, hash);
        if (slot != null) {
            if (slot.declared()) {
                if (state != null) {
                    state.markSeen(slot);
                }
                targets.add(slot.schema(), sink, state, slot);
                return;
            }
            if (state != null) {
                state.markSeen(slot);
                state.checkSettled();
            }
            if (slot.schema() != null) {
                return;
            }
        }
        if (additionalForbidden) {
            sink.report(path, "additionalProperties", location + "/additionalProperties", "property '" + name
                    + "' is not defined in the schema and the schema does not allow additional properties", name);
        } else if (additional != null) {
            targets.add(additional, sink, null, null);
        }
    }

    /** The slot of a name the schema knows, or {@code null} ({@link Certifier}). */
    PropertySlot slot(String name, int hash) {
        return slots.get(name, hash);
    }

    /**
     * For a walk that only asks whether the object passes ({@link Certifier}), as {@link #onKey} decides: the schema a
     * member's value must meet ({@code slot} its name's, or {@code null}); {@code null} when any value passes,
     * {@code rejected} when the name itself fails the object ({@code additionalProperties: false}).
     */
    SchemaNode memberSchema(PropertySlot slot, SchemaNode rejected) {
        if (slot != null) {
            if (slot.declared()) {
                return slot.schema();
            }
            if (slot.schema() != null) {
                return null;
            }
        }
        return additionalForbidden ? rejected : additional;
    }

    /**
     * As {@link #onEnd} decides, whether an object passes its end: {@code seen} has bit {@code i} for each slot of index
     * {@code i} seen (a schema of at most 64 names), {@code count} members.
     */
    boolean passesEnd(long seen, int count) {
        for (PropertySlot slot : required) {
            if ((seen & 1L << slot.index()) == 0) {
                return false;
            }
        }
        return (minProperties < 0 || count >= minProperties) && (maxProperties < 0 || count <= maxProperties);
    }

    /**
     * The one name of a schema that is exactly {@code properties: {p: P}, required: [p]} or {@code required: [p]} (a
     * discriminator's condition, a marker's), or {@code null}.
     */
    PropertySlot onlyRequiredProperty() {
        return slotCount != 1 || required.length != 1 || constrainsTheRest() ? null : required[0];
    }

    /** The object ends, after {@code count} properties; {@code state} is only read when names are required. */
    void onEnd(Evaluation sink, Evaluation state, int count, InstancePath path) {
        for (PropertySlot slot : required) {
            if (!state.hasSeen(slot)) {
                sink.report(path, "required", location + "/required", "required property '" + slot.name() + "' not found",
                        slot.name());
            }
        }
        if (minProperties >= 0 && count < minProperties) {
            sink.report(path, "minProperties", location + "/minProperties", "must have at least " + minProperties + " properties");
        }
        if (maxProperties >= 0 && count > maxProperties) {
            sink.report(path, "maxProperties", location + "/maxProperties", "must have at most " + maxProperties + " properties");
        }
    }
}
