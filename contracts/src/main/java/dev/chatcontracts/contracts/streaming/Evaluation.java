package dev.chatcontracts.contracts.streaming;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One schema applied to one value while the value streams by: the violations found so far, the
 * evaluations of the subschemas it applies in place ({@link Applicators}), and for an object the names
 * seen.
 *
 * <p>Several parents can share one evaluation (the same schema reached twice at the same value, like
 * {@code Chat} under both the {@code then} of a discriminator and its {@code anyOf} fallback). An
 * evaluation lives while a parent still wants its result; a parent that has decided (an {@code if} whose
 * condition is known) releases the branches it no longer needs, and an evaluation nobody wants dies, with
 * the evaluations only it wanted. Dead evaluations get no more tokens.
 *
 * <p>An evaluation only wanted for its verdict (an {@code if} condition, a {@code not}'s subschema)
 * records that it failed without building violations: networknt never reports them either.
 */
final class Evaluation {

    private static final Evaluation[] NONE = {};
    /** The violations of an evaluation that failed while nobody wanted to know why. */
    private static final List<StreamingViolation> UNDETAILED = List.of();

    final SchemaNode node;
    /** The evaluations of {@code node.applicators()}, slot by slot; a released slot is {@code null}. */
    final Evaluation[] inPlace;

    private Evaluation valueParent;
    private Evaluation[] moreValueParents = NONE;
    private int moreValueParentCount;
    private Evaluation watcher;
    private Evaluation[] moreWatchers = NONE;
    private int watcherCount;
    private int interest;
    private int detailInterest;
    private boolean dead;
    private boolean completed;
    private List<StreamingViolation> violations;

    /** Two bits per name of the schema (seen, value checked); {@code namesSeen} holds them beyond 32 names. */
    private long nameBits;
    private long[] namesSeen;
    private boolean tracksNames;
    private int requiredSeen;
    private int declaredDone;
    private boolean objectStarted;
    private boolean settled;

    /** The verdict of the {@code if} subschema once known early. */
    Boolean conditionValid;
    /**
     * What a guessing walk assumed the {@code if} subschema's verdict would be (1 passes, -1 fails), having
     * evaluated only the branch it takes; 0 when both branches are evaluated.
     */
    int guessedCondition;
    /** The verdict of the {@code not} subschema once known early. */
    Boolean negatedValid;
    /** Whether an {@code anyOf} branch is already known to pass. */
    boolean anyOfPassed;

    Evaluation(SchemaNode node) {
        this.node = node;
        Applicators applicators = node.applicators();
        this.inPlace = applicators == null ? null : new Evaluation[applicators.size()];
    }

    /**
     * Records a violation of the value at {@code path}; builds it only when a parent wants the details.
     */
    void report(InstancePath path, String keyword, String schemaLocation, String message) {
        report(path, keyword, schemaLocation, message, null);
    }

    /** As {@link #report(InstancePath, String, String, String)}, naming the property a violation is about. */
    void report(InstancePath path, String keyword, String schemaLocation, String message, String property) {
        if (detailInterest > 0) {
            add(path.violation(keyword, schemaLocation, message, property));
        } else {
            fail();
        }
    }

    void add(StreamingViolation violation) {
        if (dead) {
            return;
        }
        if (violations == null || violations == UNDETAILED) {
            boolean first = violations == null;
            violations = new ArrayList<>(2);
            violations.add(violation);
            if (first) {
                notifyFailed();
            }
        } else {
            violations.add(violation);
        }
    }

    void addAll(List<StreamingViolation> more) {
        if (more == null) {
            return;
        }
        if (more.isEmpty()) {
            fail();
        }
        for (StreamingViolation violation : more) {
            add(violation);
        }
    }

    private void fail() {
        if (!dead && violations == null) {
            violations = UNDETAILED;
            notifyFailed();
        }
    }

    private void notifyFailed() {
        if (!completed) {
            for (int i = 0; i < watcherCount; i++) {
                Compositions.childFailed(watcher(i), this);
            }
        }
    }

    private Evaluation watcher(int index) {
        return index == 0 ? watcher : moreWatchers[index - 1];
    }

    /** The violations, {@code null} when there are none. */
    List<StreamingViolation> violations() {
        return violations;
    }

    boolean valid() {
        return violations == null;
    }

    boolean dead() {
        return dead;
    }

    boolean completed() {
        return completed;
    }

    void markCompleted() {
        completed = true;
    }

    /**
     * A parent wants this evaluation's result.
     *
     * @param details whether it wants the violations, not only the verdict
     */
    void subscribe(boolean details) {
        interest++;
        detailInterest += details ? 1 : 0;
    }

    /** A parent no longer wants this evaluation's result. */
    void unsubscribe(boolean details) {
        detailInterest -= details ? 1 : 0;
        if (--interest > 0 || dead) {
            return;
        }
        dead = true;
        violations = null;
        if (inPlace != null) {
            for (int slot = 0; slot < inPlace.length; slot++) {
                release(slot);
            }
        }
    }

    /** Stops wanting the in-place subschema of {@code slot}. */
    void release(int slot) {
        Evaluation child = inPlace[slot];
        if (child != null) {
            inPlace[slot] = null;
            child.unsubscribe(node.applicators().wantsDetails(slot));
        }
    }

    /** An evaluation of the enclosing value whose keyword (a property, items) maps onto this value. */
    void addValueParent(Evaluation parent) {
        if (valueParent == null) {
            valueParent = parent;
            return;
        }
        if (moreValueParentCount == moreValueParents.length) {
            moreValueParents = Arrays.copyOf(moreValueParents, Math.max(2, moreValueParentCount * 2));
        }
        moreValueParents[moreValueParentCount++] = parent;
    }

    /** An in-place parent that decides early on this evaluation's failure or settling. */
    void addWatcher(Evaluation parent) {
        if (watcherCount == 0) {
            watcher = parent;
        } else {
            if (watcherCount - 1 == moreWatchers.length) {
                moreWatchers = Arrays.copyOf(moreWatchers, Math.max(2, watcherCount * 2));
            }
            moreWatchers[watcherCount - 1] = parent;
        }
        watcherCount++;
    }

    /** Hands the violations to the parents of the enclosing value. */
    void deliver() {
        if (violations == null || valueParent == null) {
            return;
        }
        if (!valueParent.dead) {
            valueParent.addAll(violations);
        }
        for (int i = 0; i < moreValueParentCount; i++) {
            if (!moreValueParents[i].dead) {
                moreValueParents[i].addAll(violations);
            }
        }
    }

    /** The value turned out to be an object. */
    void startObject() {
        objectStarted = true;
        ObjectRules rules = node.objects();
        if (rules != null && (rules.requiredCount() > 0 || watcherCount > 0)) {
            tracksNames = true;
            if (rules.slotCount() > 32) {
                namesSeen = new long[(rules.slotCount() * 2 + 63) / 64];
            }
        }
        checkSettled();
    }

    void markSeen(PropertySlot slot) {
        if (tracksNames && setBit(slot.index() * 2) && slot.required()) {
            requiredSeen++;
        }
    }

    /** The value of a declared property has been checked. */
    void markDone(PropertySlot slot) {
        if (tracksNames && setBit(slot.index() * 2 + 1) && slot.declared()) {
            declaredDone++;
            checkSettled();
        }
    }

    boolean hasSeen(PropertySlot slot) {
        int bit = slot.index() * 2;
        if (!tracksNames) {
            return false;
        }
        return ((namesSeen == null ? nameBits : namesSeen[bit >>> 6]) & (1L << bit)) != 0;
    }

    /**
     * Tells the watchers when the object can no longer fail: no violation yet, every required name seen,
     * every declared property checked, and nothing else in the schema that could fail.
     */
    void checkSettled() {
        if (settled || watcherCount == 0 || completed || dead || violations != null || !objectStarted || !node.settlesEarly()) {
            return;
        }
        ObjectRules rules = node.objects();
        if (rules != null && (requiredSeen < rules.requiredCount() || declaredDone < rules.declaredCount())) {
            return;
        }
        settled = true;
        for (int i = 0; i < watcherCount; i++) {
            Compositions.childSettled(watcher(i), this);
        }
    }

    private boolean setBit(int bit) {
        long mask = 1L << bit;
        if (namesSeen == null) {
            if ((nameBits & mask) != 0) {
                return false;
            }
            nameBits |= mask;
            return true;
        }
        int word = bit >>> 6;
        if ((namesSeen[word] & mask) != 0) {
            return false;
        }
        namesSeen[word] |= mask;
        return true;
    }
}
