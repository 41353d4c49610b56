package dev.chatcontracts.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The comparison's own code at a tiny size: both servers answer the captured bodies without an error. */
@Tag("slow")
class ThroughputComparisonTest {

    @Test
    @Timeout(60)
    void bothServersAnswerTheCapturedBodies() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();

        int exit = ThroughputComparison.run(1_000, 4, 2, 200, 4, 8, Duration.ofSeconds(20),
                new PrintStream(text, true, StandardCharsets.UTF_8));

        String output = text.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        assertThat(output).contains("round 2  mock", "round 2  wiremock", "Throughput ratio mock/WireMock", "RESULT: no errors");
    }
}
