package dev.chatcontracts.contracts.contract;

/**
 * Whether the next body of a plan is read by a pass that guesses the branches of its objects (see {@code BodyCheck}):
 * after a pass whose guess missed (the body was read again), the next 1, 2, 4, ... bodies of the plan, up to
 * {@value #MAX_SKIPPED}, are read without guessing, the pause doubling with each miss in a row; a pass whose
 * guesses held ends the pauses. So a kind of body that keeps missing late (a long list of chats with a rare
 * offline message) is read twice now and then, not every time. Shared by every thread without synchronisation:
 * a lost update only moves a pause; no result depends on it.
 */
public final class GuessBackoff {

    static final int MAX_SKIPPED = 1024;

    private int missesInARow;
    private int toSkip;

    /** Whether the next body is read guessing (a paused one counts down the pause). */
    public boolean guessNext() {
        int skip = toSkip;
        if (skip > 0) {
            toSkip = skip - 1;
            return false;
        }
        return true;
    }

    /** A guessing pass held (or guessed nothing wrong). */
    public void held() {
        if (missesInARow != 0) {
            missesInARow = 0;
        }
    }

    /** A guessing pass missed: the next bodies are read without guessing for a while. */
    public void missed() {
        int misses = Math.min(missesInARow + 1, Integer.numberOfTrailingZeros(MAX_SKIPPED) + 1);
        missesInARow = misses;
        toSkip = 1 << (misses - 1);
    }
}
