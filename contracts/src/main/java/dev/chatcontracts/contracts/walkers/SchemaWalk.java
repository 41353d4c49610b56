package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A schema to walk a value with: the resolved schema (null when there is nothing to walk), and whether
 * the value's path ends in {@code *} (a map value or array item) rather than the field name. Interned
 * by {@linkplain WalkPlanner#shape shape}, so that schemas differing only in annotations are one walk. Its object
 * plan and item walk are made on first use.
 */
final class SchemaWalk {

    private final WalkPlanner planner;
    final JsonNode schema;
    final boolean star;
    /** The seen paths of the last body walked from this schema as its root ({@link FieldWalk#result}). */
    final LastSeenPaths lastSeen = new LastSeenPaths();
    private volatile ObjectPlan objectPlan;
    private volatile SchemaWalk items;

    SchemaWalk(WalkPlanner planner, JsonNode schema, boolean star) {
        this.planner = planner;
        this.schema = schema;
        this.star = star;
    }

    ObjectPlan objectPlan() {
        ObjectPlan plan = objectPlan;
        if (plan == null) {
            plan = planner.plan(schema);
            objectPlan = plan;
        }
        return plan;
    }

    /** What an array's items are walked with (InstanceWalker: the first {@code items} of the effective schemas). */
    SchemaWalk items() {
        SchemaWalk walk = items;
        if (walk == null) {
            JsonNode node = InstanceWalker.first(planner.branches().effective(schema, SchemaBranches.ArrayInstance.INSTANCE), "items");
            walk = node == null ? planner.walkFor(null, true) : planner.walkFor(node, true);
            items = walk;
        }
        return walk;
    }
}
