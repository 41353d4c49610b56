package dev.chatcontracts.contracts.streaming;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Reproducible random cases for the property tests (a small harness on JUnit 5: jqwik 1.10 asks not to
 * be used by AI coding agents). Each case draws from its own {@link java.util.Random}, seeded from a fixed
 * base seed and the property's name, so every run checks the same cases and a failure names the seed
 * that replays it. {@code -Dstreaming.seed=<n>} explores other cases, {@code -Dstreaming.cases=<n>}
 * changes how many, {@code -Dstreaming.replay=<seed>} reruns one.
 */
final class SeededCases {

    private SeededCases() {
    }

    /** The seeds of a property's cases. */
    static LongStream seeds(String property, int defaultCount) {
        Long replay = Long.getLong("streaming.replay");
        if (replay != null) {
            return LongStream.of(replay);
        }
        long base = Long.getLong("streaming.seed", 20261121L);
        SplittableRandom random = new SplittableRandom(base * 31 + property.hashCode());
        return LongStream.generate(random::nextLong).limit(Integer.getInteger("streaming.cases", defaultCount));
    }
}
