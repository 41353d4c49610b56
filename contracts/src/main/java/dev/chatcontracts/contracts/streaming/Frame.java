package dev.chatcontracts.contracts.streaming;

import java.util.Arrays;

/**
 * What applies to one value: its evaluations (one per distinct schema, the in-place subschemas included)
 * and, for the walkers, the list of <em>applied schemas</em>, each with the evaluation its violations go to
 * and the evaluation tracking its progress. Normally both are the schema's own evaluation; a container
 * checked by a single schema that only forwards its violations ({@link SchemaNode#forwardsOnly()}) gets
 * no evaluation at all: its violations go straight to the enclosing evaluation. Reused for every value
 * at one depth.
 */
final class Frame {

    private Evaluation[] evaluations = new Evaluation[8];
    private int size;

    SchemaNode[] nodes = new SchemaNode[8];
    Evaluation[] sinks = new Evaluation[8];
    Evaluation[] states = new Evaluation[8];
    int applied;

    /** Empties the frame; the arrays keep stale references until overwritten or {@link #forget forgotten}. */
    void clear() {
        size = 0;
        applied = 0;
    }

    /** Drops the references the document's values left (the frame is kept for the next document). */
    void forget() {
        Arrays.fill(evaluations, null);
        Arrays.fill(sinks, null);
        Arrays.fill(states, null);
        clear();
    }

    int size() {
        return size;
    }

    Evaluation get(int index) {
        return evaluations[index];
    }

    /** Applies a forwarding schema to the value, its violations going to {@code sink}. */
    void forward(SchemaNode node, Evaluation sink) {
        apply(node, sink, null);
    }

    /** Makes every evaluation an applied schema, once the evaluations are all obtained. */
    void applyEvaluations() {
        for (int i = 0; i < size; i++) {
            apply(evaluations[i].node, evaluations[i], evaluations[i]);
        }
    }

    /**
     * The evaluation of {@code schema} at this value, created with the evaluations of its in-place
     * subschemas when it is new. Schemas are compared by identity: a schema reached through several
     * {@code $ref}s is evaluated once. {@code guessing}: of an {@code if}/{@code then}/{@code else} whose
     * condition decided alike lately, only the branch it took is evaluated ({@link Applicators#unguessedSlot}).
     */
    Evaluation obtain(SchemaNode schema, boolean guessing) {
        for (int i = 0; i < size; i++) {
            if (evaluations[i].node == schema) {
                return evaluations[i];
            }
        }
        Evaluation evaluation = new Evaluation(schema);
        if (size == evaluations.length) {
            evaluations = Arrays.copyOf(evaluations, size * 2);
        }
        evaluations[size++] = evaluation;
        Applicators applicators = schema.applicators();
        if (applicators != null) {
            int unguessed = guessing ? applicators.unguessedSlot() : -1;
            if (unguessed >= 0) {
                evaluation.guessedCondition = unguessed == applicators.elseSlot ? 1 : -1;
            }
            for (int slot = 0; slot < applicators.size(); slot++) {
                if (slot == unguessed) {
                    continue;
                }
                Evaluation child = obtain(applicators.nodes[slot], guessing);
                evaluation.inPlace[slot] = child;
                child.subscribe(applicators.wantsDetails(slot));
                if (applicators.watches(slot)) {
                    child.addWatcher(evaluation);
                }
            }
        }
        return evaluation;
    }

    private void apply(SchemaNode node, Evaluation sink, Evaluation state) {
        if (applied == nodes.length) {
            nodes = Arrays.copyOf(nodes, applied * 2);
            sinks = Arrays.copyOf(sinks, applied * 2);
            states = Arrays.copyOf(states, applied * 2);
        }
        nodes[applied] = node;
        sinks[applied] = sink;
        states[applied] = state;
        applied++;
    }
}
