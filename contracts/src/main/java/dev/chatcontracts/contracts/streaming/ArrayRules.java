package dev.chatcontracts.contracts.streaming;

/** {@code items}, {@code minItems} and {@code maxItems}. */
final class ArrayRules {

    private final String location;
    private final SchemaNode items;
    private final boolean itemsForbidden;
    private final long minItems;
    private final long maxItems;

    /**
     * @param items the schema of every element; {@code null} when unconstrained
     * @param itemsForbidden whether {@code items} is {@code false}: networknt then reports one {@code items}
     *     violation at the array, not one per element
     */
    ArrayRules(String location, SchemaNode items, boolean itemsForbidden, long minItems, long maxItems) {
        this.location = location;
        this.itemsForbidden = itemsForbidden;
        this.items = items == null || items.alwaysTrue() || itemsForbidden ? null : items;
        this.minItems = minItems;
        this.maxItems = maxItems;
    }

    /** Element {@code index} starts: adds the schema it is checked against. {@code path} is the array's. */
    void onItem(Evaluation sink, int index, Targets targets, InstancePath path) {
        if (itemsForbidden && index == 0) {
            sink.report(path, "items", location + "/items", "must have no items");
        } else if (items != null) {
            targets.add(items, sink, null, null);
        }
    }

    /** The schema of every element ({@link Certifier}); {@code null} when any element passes. */
    SchemaNode items() {
        return items;
    }

    /** As {@link #onItem} and {@link #onEnd} decide, whether an array of {@code count} elements passes ({@link Certifier}). */
    boolean passesCount(int count) {
        return !(itemsForbidden && count > 0) && (minItems < 0 || count >= minItems) && (maxItems < 0 || count <= maxItems);
    }

    /** The array ends, after {@code count} elements. */
    void onEnd(Evaluation sink, int count, InstancePath path) {
        if (minItems >= 0 && count < minItems) {
            sink.report(path, "minItems", location + "/minItems", "must have at least " + minItems + " items but found " + count);
        }
        if (maxItems >= 0 && count > maxItems) {
            sink.report(path, "maxItems", location + "/maxItems", "must have at most " + maxItems + " items but found " + count);
        }
    }
}
