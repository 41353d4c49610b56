package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * An object under oneOf/anyOf whose plan is {@link ObjectPlan#guessable}, walked as if the candidate of the
 * plan's last decision were chosen (objects at one place mostly choose alike): each field is recorded and
 * walked at once, as in a {@link FieldWalk.CertainObject}; a value the guess does not walk but another
 * candidate would is walked aside. If the object chooses otherwise, {@link GuessedFields#recordAgain} puts it
 * right.
 */
final class GuessedObject extends FieldWalk.CertainObject {

    private final FieldWalk walk;
    private final ObjectFacts facts;
    private final int guess;
    private final GuessedFields fields;

    GuessedObject(FieldWalk walk, ObjectPlan plan, FieldPath path, int depth, FieldCollector out) {
        walk.super(plan, path, depth, out);
        this.walk = walk;
        this.facts = new ObjectFacts(plan);
        this.guess = plan.guess();
        this.fields = new GuessedFields(plan.rules.size() + 1, out, guess);
    }

    @Override
    void end() {
        int chosen = facts.decide();
        if (chosen != guess) {
            fields.recordAgain(chosen, path, children, walk.pass);
        }
    }

    @Override
    void fieldValue(String name, FieldRule rule, JsonToken token, JsonParser p) throws IOException {
        facts.note(rule, p);
        if (rule.inert) {
            walk.skip(token);
        } else if (rule.walkIndexes[guess] >= 0 || rule.distinct.length == 0 || !token.isStructStart() || depth >= FieldWalk.MAX_DEPTH) {
            fields.add(name, rule);
            walk.field(rule, guess, name, token, p, path, children, depth, out);
        } else {
            int field = fields.add(name, rule);
            walk.pass.settle(rule, guess, name, null, path, children, out); // the field itself, as the guess has it
            walk.descend(rule.distinct[0], name, token, p, path, path.child(rule, name, children), depth, fields.aside(field), null);
        }
    }
}
