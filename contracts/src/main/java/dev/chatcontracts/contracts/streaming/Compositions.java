package dev.chatcontracts.contracts.streaming;

import dev.chatcontracts.contracts.streaming.Applicators.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdicts of the in-place applicators, reported the way networknt reports them: {@code $ref} and
 * {@code allOf} pass their subschemas' violations on; a failing {@code anyOf} passes on every branch's
 * violations (no violation of its own); a failing {@code oneOf} adds a {@code oneOf} violation and the
 * violations of the failing branches it tried (in order, up to a second passing one); {@code not} adds a
 * {@code not} violation; {@code if} passes on the violations of {@code then} or {@code else}.
 *
 * <p>Some verdicts are known before the value ends ({@link #childFailed}, {@link #childSettled}); the
 * branches they make useless are released at once.
 */
final class Compositions {

    private Compositions() {
    }

    /** Decides {@code evaluation} once its value ended, its in-place subschemas first. */
    static void complete(Evaluation evaluation, InstancePath path) {
        if (evaluation.completed() || evaluation.dead()) {
            return;
        }
        evaluation.markCompleted();
        Evaluation[] slots = evaluation.inPlace;
        if (slots == null) {
            return;
        }
        for (Evaluation child : slots) {
            if (child != null) {
                complete(child, path);
            }
        }
        Applicators applicators = evaluation.node.applicators();
        boolean anyOfFailed = !evaluation.anyOfPassed;
        boolean hasAnyOf = false;
        boolean hasOneOf = false;
        for (int slot = 0; slot < slots.length; slot++) {
            Role role = applicators.roles[slot];
            if (role == Role.REF || role == Role.ALL_OF) {
                evaluation.addAll(slots[slot].violations());
            } else if (role == Role.ANY_OF) {
                hasAnyOf = true;
                anyOfFailed &= slots[slot] != null && !slots[slot].valid();
            } else if (role == Role.ONE_OF) {
                hasOneOf = true;
            }
        }
        if (hasAnyOf && anyOfFailed) {
            addBranchViolations(evaluation, applicators, Role.ANY_OF);
        }
        if (hasOneOf) {
            completeOneOf(evaluation, applicators, path);
        }
        completeNot(evaluation, applicators, path);
        completeIf(evaluation, applicators);
    }

    private static void addBranchViolations(Evaluation evaluation, Applicators applicators, Role role) {
        for (int slot = 0; slot < applicators.size(); slot++) {
            if (applicators.roles[slot] == role) {
                evaluation.addAll(evaluation.inPlace[slot].violations());
            }
        }
    }

    private static void completeOneOf(Evaluation evaluation, Applicators applicators, InstancePath path) {
        int valid = 0;
        List<StreamingViolation> failures = new ArrayList<>();
        for (int slot = 0; slot < applicators.size() && valid < 2; slot++) {
            if (applicators.roles[slot] == Role.ONE_OF) {
                Evaluation branch = evaluation.inPlace[slot];
                if (branch.valid()) {
                    valid++;
                } else {
                    failures.addAll(branch.violations());
                }
            }
        }
        if (valid != 1) {
            evaluation.report(path, "oneOf", applicators.location + "/oneOf",
                    "must be valid to one and only one schema, but " + (valid == 0 ? "0 are" : "more than one is") + " valid");
            evaluation.addAll(failures);
        }
    }

    private static void completeNot(Evaluation evaluation, Applicators applicators, InstancePath path) {
        if (applicators.notSlot < 0) {
            return;
        }
        Evaluation negated = evaluation.inPlace[applicators.notSlot];
        boolean negatedValid = evaluation.negatedValid != null ? evaluation.negatedValid : negated.valid();
        if (negatedValid) {
            evaluation.report(path, "not", applicators.location + "/not", "must not be valid to the schema");
        }
    }

    private static void completeIf(Evaluation evaluation, Applicators applicators) {
        if (applicators.ifSlot < 0) {
            return;
        }
        boolean conditionValid;
        if (evaluation.conditionValid != null) {
            conditionValid = evaluation.conditionValid;
        } else {
            conditionValid = evaluation.inPlace[applicators.ifSlot].valid();
            conditionDecided(evaluation, applicators, conditionValid);
        }
        int branch = conditionValid ? applicators.thenSlot : applicators.elseSlot;
        if (branch >= 0) {
            evaluation.addAll(evaluation.inPlace[branch].violations());
        }
    }

    /** {@code child}, an in-place subschema of {@code parent}, got its first violation before its value ended. */
    static void childFailed(Evaluation parent, Evaluation child) {
        if (parent.completed() || parent.dead()) {
            return;
        }
        Applicators applicators = parent.node.applicators();
        if (applicators.ifSlot >= 0 && parent.inPlace[applicators.ifSlot] == child) {
            decideCondition(parent, applicators, false);
        }
        if (applicators.notSlot >= 0 && parent.inPlace[applicators.notSlot] == child) {
            parent.negatedValid = false;
            parent.release(applicators.notSlot);
        }
    }

    /** {@code child}, an in-place subschema of {@code parent}, can no longer fail. */
    static void childSettled(Evaluation parent, Evaluation child) {
        if (parent.completed() || parent.dead()) {
            return;
        }
        Applicators applicators = parent.node.applicators();
        if (applicators.ifSlot >= 0 && parent.inPlace[applicators.ifSlot] == child) {
            decideCondition(parent, applicators, true);
        }
        if (applicators.notSlot >= 0 && parent.inPlace[applicators.notSlot] == child) {
            parent.negatedValid = true;
            parent.release(applicators.notSlot);
        }
        for (int slot = 0; slot < applicators.size() && !parent.anyOfPassed; slot++) {
            if (applicators.roles[slot] == Role.ANY_OF && parent.inPlace[slot] == child) {
                parent.anyOfPassed = true;
                for (int other = 0; other < applicators.size(); other++) {
                    if (applicators.roles[other] == Role.ANY_OF) {
                        parent.release(other);
                    }
                }
            }
        }
    }

    private static void decideCondition(Evaluation parent, Applicators applicators, boolean valid) {
        conditionDecided(parent, applicators, valid);
        parent.conditionValid = valid;
        parent.release(applicators.ifSlot);
        int useless = valid ? applicators.elseSlot : applicators.thenSlot;
        if (useless >= 0) {
            parent.release(useless);
        }
    }

    /**
     * An {@code if} condition decided: remembered for the next guesses; when the walk guessed the other verdict,
     * the branch now needed was not evaluated and the walk must start again without guessing.
     */
    private static void conditionDecided(Evaluation evaluation, Applicators applicators, boolean valid) {
        applicators.conditionDecided(valid);
        if (evaluation.guessedCondition != 0 && evaluation.guessedCondition > 0 != valid) {
            throw GuessMissed.INSTANCE;
        }
    }
}
