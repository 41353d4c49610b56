package dev.chatcontracts.contracts.streaming;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Rejects schemas that apply themselves to the same value ({@code A: {allOf: [{$ref: A}]}}): evaluating
 * them would never reach a keyword that consumes the value.
 */
final class InPlaceCycles {

    private enum Mark { OPEN, DONE }

    private InPlaceCycles() {
    }

    static void reject(Collection<SchemaNode> nodes) {
        Map<SchemaNode, Mark> marks = new IdentityHashMap<>();
        for (SchemaNode node : nodes) {
            visit(node, marks);
        }
    }

    private static void visit(SchemaNode node, Map<SchemaNode, Mark> marks) {
        Mark mark = marks.get(node);
        if (mark == Mark.DONE) {
            return;
        }
        if (mark == Mark.OPEN) {
            throw new IllegalArgumentException("the schema at " + node.location()
                    + " applies itself to the same value through $ref/allOf/anyOf/oneOf/not/if: a cycle no value can end");
        }
        marks.put(node, Mark.OPEN);
        Applicators applicators = node.applicators();
        if (applicators != null) {
            for (SchemaNode child : applicators.nodes) {
                visit(child, marks);
            }
        }
        marks.put(node, Mark.DONE);
    }
}
