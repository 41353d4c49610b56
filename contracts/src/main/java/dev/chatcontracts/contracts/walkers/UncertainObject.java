package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An object under oneOf/anyOf: fields whose outcome differs between the candidates are walked into
 * per-field results that the candidate chosen at the end keeps.
 */
final class UncertainObject extends FieldWalk.CertainObject {

    private final FieldWalk walk;
    private final ObjectFacts facts;
    private List<Pending> pending;

    UncertainObject(FieldWalk walk, ObjectPlan plan, FieldPath path, int depth, FieldCollector out) {
        walk.super(plan, path, depth, out);
        this.walk = walk;
        this.facts = new ObjectFacts(plan);
    }

    @Override
    void end() {
        int chosen = facts.decide(); // also when nothing is pending: the plan's next guesses follow the choices
        if (pending != null) {
            for (Pending field : pending) {
                walk.pass.settle(field.rule(), chosen, field.name(), field.results(), path, children, out);
            }
        }
    }

    @Override
    void fieldValue(String field, FieldRule rule, JsonToken token, JsonParser p) throws IOException {
        facts.note(rule, p);
        if (rule.inert) {
            walk.skip(token);
        } else if (rule.uniform && pending == null) {
            walk.field(rule, 0, field, token, p, path, children, depth, out);
        } else if (rule.distinct.length == 0 || depth >= FieldWalk.MAX_DEPTH || !token.isStructStart()) {
            walk.skip(token);
            walked(rule, field, null);
        } else {
            FieldCollector[] results = new FieldCollector[rule.distinct.length];
            walk.walkPerSchema(rule, field, token, p, path, children, depth, results, () -> walked(rule, field, results));
        }
    }

    /** A field's value walked ({@code results}; null: nothing walked): recorded now if its outcome is certain, else kept. */
    private void walked(FieldRule rule, String field, FieldCollector[] results) {
        if (rule.uniform && rule.kinds[0] != FieldRule.UNKNOWN && !StreamingPass.hasPointers(results)) {
            walk.pass.settle(rule, 0, field, results, path, children, out);
        } else {
            pending = pending == null ? new ArrayList<>(plan.rules.size()) : pending;
            pending.add(new Pending(field, rule, results));
        }
    }

    /** A field of an object under oneOf/anyOf kept until the object's candidate is known. */
    private record Pending(String name, FieldRule rule, FieldCollector[] results) {
    }
}
