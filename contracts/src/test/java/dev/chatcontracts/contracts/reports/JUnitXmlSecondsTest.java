package dev.chatcontracts.contracts.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JUnitXmlSecondsTest {

    @ParameterizedTest(name = "{0} ns -> {1}")
    @CsvSource({
        "0, 0.000",
        "499999, 0.000",
        "500000, 0.001",
        "9500000, 0.010",
        "99500000, 0.100",
        "999499999, 0.999",
        "999500000, 1.000",
        "1234500000, 1.235",
        "12345678901, 12.346",
        "61000000000, 61.000",
        "-1500000, -0.002",
    })
    void secondsHaveThreeDecimalsRoundedHalfUp(long nanos, String expected) {
        assertThat(JUnitXmlReport.seconds(Duration.ofNanos(nanos))).isEqualTo(expected);
    }

    @Test
    void secondsReadAsSurefiresFormatAwayFromTies() {
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 10_000; i++) {
            long nanos = random.nextLong(0, 3_600_000_000_000L);
            if (nanos % 1_000_000 == 500_000) {
                continue;
            }
            assertThat(JUnitXmlReport.seconds(Duration.ofNanos(nanos)))
                    .isEqualTo(String.format(Locale.ROOT, "%.3f", nanos / 1e9));
        }
    }
}
