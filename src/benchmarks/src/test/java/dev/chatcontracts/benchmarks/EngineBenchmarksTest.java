package dev.chatcontracts.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the engine benchmarks time is what they claim, at a reduced size: every validator sees the same valid
 * bodies of the size asked for, and the engine and networknt find nothing in them.
 */
class EngineBenchmarksTest {

    private static final Blackhole BLACKHOLE = PairedRatios.blackhole();

    @Test
    void eachSizeIsABodyOfAboutThatSizeThatEveryValidatorPasses() throws IOException {
        for (String size : List.of("2KB", "100KB")) {
            EngineBenchmark benchmark = new EngineBenchmark();
            benchmark.size = size;
            benchmark.root = "../..";
            benchmark.setUp();

            long target = EngineBenchmark.bytes(size);
            assertThat((double) benchmark.body.length).as(size).isBetween(target * 0.5, target * 1.5);
            assertThat(benchmark.engine().findings()).isEmpty();
            assertThat(benchmark.networknt()).isEmpty();
            assertThat(benchmark.atlassian().hasErrors()).isFalse();
            JsonNode tree = benchmark.readTree();
            assertThat(tree.isObject()).isTrue();
        }
    }

    @Test
    void theSmallExchangesAreSeparateShowChatAnswers() {
        SmallExchangesBenchmark benchmark = new SmallExchangesBenchmark();
        benchmark.exchanges = 25;
        benchmark.root = "../..";
        benchmark.setUp();

        assertThat(benchmark.all).hasSize(25);
        assertThat(benchmark.paths).doesNotHaveDuplicates();
        assertThat(benchmark.engineSession()).isZero();
        assertThat(benchmark.bodies[0].length).isBetween(1_500, 4_000);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(ValidateCliComparison.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(ValidateCliComparison.median(new double[] {5, 1, 3})).isEqualTo(3);
    }
}
