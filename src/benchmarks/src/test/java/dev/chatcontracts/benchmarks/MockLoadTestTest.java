package dev.chatcontracts.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The load test's own code, at a size that fits a unit test: 2,000 mixed requests over 8 connections. */
class MockLoadTestTest {

    @Test
    @Timeout(60)
    void smallLoadRunsWithoutErrorsAndReadsBackEveryCreatedResource() throws Exception {
        MockLoadTest.Settings settings = new MockLoadTest.Settings(2_000, 8, 4, Duration.ofSeconds(30),
                Duration.ofSeconds(15), MockLoadTest.parseMix(MockLoadTest.DEFAULT_MIX), 7, null);
        ByteArrayOutputStream text = new ByteArrayOutputStream();

        MockLoadTest.Report report = MockLoadTest.run(settings, new PrintStream(text, true, StandardCharsets.UTF_8));

        String output = text.toString(StandardCharsets.UTF_8);
        assertThat(report.load().errorSamples()).as(output).isEmpty();
        assertThat(report.load().errors()).as(output).isZero();
        assertThat(report.load().completed()).isEqualTo(2_000);
        assertThat(report.createdVisitors()).isPositive();
        assertThat(report.createdChats()).isPositive();
        assertThat(report.verification().errors()).as(output).isZero();
        assertThat(report.verification().completed()).isEqualTo(report.createdVisitors() + report.createdChats());
        assertThat(report.exitCode()).isZero();
        assertThat(report.load().perOperation()).allSatisfy(op -> assertThat(op.count()).as(op.name()).isPositive());
        assertThat(output).contains("RESULT: PASS");
    }

    @Test
    void aWrongStatusIsCountedAsAnError() throws Exception {
        try (dev.chatcontracts.mock.MockProvider mock = dev.chatcontracts.mock.MockProvider.start()) {
            String base = mock.zendeskBaseUrl().getRawPath();
            java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
            LoadRun.Result result = LoadRun.run(new LoadRun.Settings("t", "127.0.0.1", mock.port(), 2, 10,
                    Duration.ofSeconds(10), 5_000, java.util.List.of("showVisitor"), null, null),
                    t -> () -> new LoadRun.Request(0, "GET", base + "/visitors/no-such-" + sent.incrementAndGet(),
                            mock.credentials().bearerAuthorization(), null, 200, null));
            assertThat(result.completed()).isEqualTo(10);
            assertThat(result.errors()).isEqualTo(10);
            assertThat(result.errorSamples()).first().asString().contains("HTTP 404");
        }
    }
}
