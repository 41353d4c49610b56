package dev.chatcontracts.contracts.walkers;

/**
 * A guessing {@link FieldWalk} walked an object under oneOf/anyOf as one candidate and the object chose another:
 * what the walk recorded is wrong, and the value must be walked again by a walk that does not guess. Thrown
 * through whoever feeds the walk its tokens; without a stack trace (it is not an error).
 */
public final class GuessMissed extends RuntimeException {

    static final GuessMissed INSTANCE = new GuessMissed();

    private GuessMissed() {
        super("an object under oneOf/anyOf chose otherwise than guessed", null, false, false);
    }
}
