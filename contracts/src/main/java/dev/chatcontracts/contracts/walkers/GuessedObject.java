package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * An object under oneOf/anyOf whose plan is {@link ObjectPlan#guessable}, walked by a guessing walk as if the
 * candidate its plan's last two decisions chose were chosen again (objects at one place mostly choose alike):
 * each field is recorded and walked at once, as in a {@link FieldWalk.CertainObject} of that candidate. If the
 * object chooses otherwise, the walk throws {@link GuessMissed}: what it recorded is wrong, and the value must be
 * walked again without guessing.
 */
final class GuessedObject extends FieldWalk.CertainObject {

    private final ObjectFacts facts;
    private final int guess;

    GuessedObject(FieldWalk walk, ObjectPlan plan, int guess, FieldPath path, int depth, FieldCollector out) {
        walk.super(plan, path, depth, out);
        this.facts = new ObjectFacts(plan);
        this.guess = guess;
    }

    @Override
    void end() {
        if (facts.decide() != guess) {
            throw GuessMissed.INSTANCE;
        }
    }

    @Override
    void fieldValue(String name, FieldRule rule, JsonToken token, JsonParser p) throws IOException {
        facts.note(rule, p);
        walkField(rule, guess, name, token, p);
    }
}
