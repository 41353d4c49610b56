package dev.chatcontracts.contracts.walkers;

import java.util.ArrayList;
import java.util.List;

/**
 * What a field comes to under each candidate (its kind and walk, and the index of that walk among the
 * field's distinct walks, -1 when there is nothing to walk), whether that is the same in all of them,
 * and the fact bit and discriminator slot of its name, or -1.
 */
final class FieldRule {

    static final byte NOTHING = 0;
    static final byte UNKNOWN = 1;
    static final byte PROPERTY = 2;
    static final byte MAP_VALUE = 3;

    final byte[] kinds;
    final SchemaWalk[] walks;
    final int[] walkIndexes;
    final SchemaWalk[] distinct;
    final boolean uniform;
    final boolean inert;
    final int bit;
    final int slot;
    /** This rule's place among its plan's named rules (see {@link FieldPath#childrenFor}), -1 for the rule of other names. */
    final int ordinal;

    FieldRule(String name, int ordinal, List<ObjectPlan.Candidate> candidates, int bit, int slot) {
        this.ordinal = ordinal;
        int n = candidates.size();
        kinds = new byte[n];
        walks = new SchemaWalk[n];
        walkIndexes = new int[n];
        List<SchemaWalk> different = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outcome(candidates.get(i), name, i);
            walkIndexes[i] = walks[i] == null || walks[i].schema == null ? -1 : indexOf(different, walks[i]);
        }
        distinct = different.toArray(new SchemaWalk[0]);
        uniform = isUniform();
        inert = uniform && (n == 0 || kinds[0] == NOTHING);
        this.bit = bit;
        this.slot = slot;
    }

    private void outcome(ObjectPlan.Candidate candidate, String name, int i) {
        SchemaWalk property = name == null ? null : candidate.properties().get(name);
        if (property != null) {
            kinds[i] = PROPERTY;
            walks[i] = property;
        } else if (candidate.additional() != null) {
            kinds[i] = MAP_VALUE;
            walks[i] = candidate.additional();
        } else {
            kinds[i] = candidate.closed() ? UNKNOWN : NOTHING;
        }
    }

    private static int indexOf(List<SchemaWalk> different, SchemaWalk walk) {
        for (int i = 0; i < different.size(); i++) {
            if (different.get(i) == walk) {
                return i;
            }
        }
        different.add(walk);
        return different.size() - 1;
    }

    private boolean isUniform() {
        for (int i = 1; i < kinds.length; i++) {
            if (kinds[i] != kinds[0] || walks[i] != walks[0]) {
                return false;
            }
        }
        return true;
    }
}
