package dev.chatcontracts.contracts.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link GuessBackoff}: pauses that double with each miss in a row, capped, ended by a pass that held. */
class GuessBackoffTest {

    private final GuessBackoff backoff = new GuessBackoff();

    @Test
    void withoutMissesEveryBodyGuesses() {
        for (int i = 0; i < 5; i++) {
            assertThat(backoff.guessNext()).isTrue();
            backoff.held();
        }
    }

    @Test
    void eachMissInARowDoublesThePause() {
        assertThat(backoff.guessNext()).isTrue();
        backoff.missed();
        assertThat(pause()).isEqualTo(1);
        backoff.missed();
        assertThat(pause()).isEqualTo(2);
        backoff.missed();
        assertThat(pause()).isEqualTo(4);
    }

    @Test
    void aPassThatHeldEndsTheDoubling() {
        backoff.missed();
        pause();
        backoff.missed();
        pause();
        backoff.held();
        backoff.missed();

        assertThat(pause()).isEqualTo(1);
    }

    @Test
    void thePauseStopsGrowingAtItsCap() {
        for (int i = 0; i < 30; i++) {
            backoff.missed();
            pause();
        }
        backoff.missed();

        assertThat(pause()).isEqualTo(GuessBackoff.MAX_SKIPPED);
    }

    /** How many bodies are read without guessing before the next guesses (that one is taken). */
    private int pause() {
        int skipped = 0;
        while (!backoff.guessNext()) {
            skipped++;
        }
        return skipped;
    }
}
