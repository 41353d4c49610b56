package dev.chatcontracts.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paired rounds' figures: the ratio of each pair, not of the medians, and both sides run alike (no timing asserted). */
class PairedRatiosTest {

    @Test
    void theRatioIsTheMedianOfEachPairsRatioWithItsQuartiles() {
        // the machine slows down for the last two pairs: each pair's ratio stays 2, the times do not
        double[] reference = {10, 10, 10, 40, 40};
        double[] engine = {20, 20, 20, 80, 80};

        PairedRatios.Summary summary = PairedRatios.Summary.of(reference, engine);

        assertThat(summary.pairs()).isEqualTo(5);
        assertThat(summary.ratio()).isEqualTo(2.0);
        assertThat(summary.lowerQuartile()).isEqualTo(2.0);
        assertThat(summary.upperQuartile()).isEqualTo(2.0);
        assertThat(summary.referenceMillis()).isEqualTo(10.0);
        assertThat(summary.engineMillis()).isEqualTo(20.0);
    }

    @Test
    void quantilesInterpolateBetweenTheNearestValues() {
        double[] values = {4, 1, 3, 2};

        assertThat(PairedRatios.Summary.quantile(values, 0.5)).isEqualTo(2.5);
        assertThat(PairedRatios.Summary.quantile(values, 0.25)).isCloseTo(1.75, within(1e-9));
        assertThat(PairedRatios.Summary.quantile(values, 0.75)).isCloseTo(3.25, within(1e-9));
        assertThat(values).containsExactly(4, 1, 3, 2);
    }

    @Test
    void aForksSummaryLineReadsBackAsItsWorkloadAndSummaryAndOtherLinesDoNot() {
        PairedRatios.Summary summary = new PairedRatios.Summary(84, 65.25, 133.5, 2.046, 2.01, 2.1);

        var parsed = PairedRatios.parseSummary(PairedRatios.summaryLine("10000 exchanges, session", summary));

        assertThat(parsed.getKey()).isEqualTo("10000 exchanges, session");
        assertThat(parsed.getValue()).isEqualTo(summary);
        assertThat(PairedRatios.parseSummary("[setup] 2KB: 2,766 bytes; engine 0 findings")).isNull();
        assertThat(PairedRatios.parseSummary("paired-summary\tonly\tthree")).isNull();
    }

    @Test
    void acrossTheJvmsTheFigureIsTheMedianOfTheirRatiosWithTheirRange() {
        List<PairedRatios.Summary> forks = List.of(
                new PairedRatios.Summary(10, 2.4, 4.0, 1.68, 1.66, 1.71),
                new PairedRatios.Summary(10, 2.4, 4.8, 1.99, 1.98, 2.01),
                new PairedRatios.Summary(10, 2.3, 4.0, 1.76, 1.72, 1.79));

        assertThat(PairedRatios.acrossForks(forks)).startsWith("engine/readTree 1.76x (JVMs 1.68-1.99, 3 JVMs)")
                .contains("readTree 2.4 ms", "engine 4.0 ms");
    }

    @Test
    void pairsNeedBothSides() {
        assertThatThrownBy(() -> PairedRatios.Summary.of(new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairedRatios.Summary.of(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachPairRunsBothSidesAsManyTimesAndAlternatesWhichGoesFirst() throws Exception {
        List<String> calls = new ArrayList<>();
        PairedRatios.Workload workload = new PairedRatios.Workload() {
            @Override
            public void reference() throws InterruptedException {
                calls.add("reference");
                Thread.sleep(2);
            }

            @Override
            public void engine() throws InterruptedException {
                calls.add("engine");
                Thread.sleep(2);
            }
        };

        PairedRatios.Summary summary = PairedRatios.measure(workload, 0, 1);

        assertThat(summary.pairs()).isPositive();
        long references = calls.stream().filter("reference"::equals).count();
        assertThat(calls.size() - references).isEqualTo(references - 1); // the round that sized the rounds
        // after the warm-up pair and the sizing call: a round of the reference first, then one of the engine first
        int start = calls.indexOf("engine") + 2;
        int round = (calls.size() - start) / (2 * summary.pairs());
        assertThat(calls.get(start)).isEqualTo("reference");
        if (summary.pairs() > 1) {
            assertThat(calls.get(start + 2 * round)).isEqualTo("engine");
        }
    }
}
