package dev.chatcontracts.contracts.streaming;

/**
 * A guessing walk evaluated one branch of an {@code if} and the condition chose the other: what the walk found is
 * incomplete, and the document must be walked again without guessing. Thrown through the walk, caught by
 * {@link StreamingValidator#validateGuessing}; without a stack trace (it is not an error).
 */
final class GuessMissed extends RuntimeException {

    static final GuessMissed INSTANCE = new GuessMissed();

    private GuessMissed() {
        super("an if condition decided otherwise than guessed", null, false, false);
    }
}
