package dev.chatcontracts.contracts.captures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.findings.FindingMessage;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A run stopped by an internal error or OutOfMemoryError keeps the report of what it did. */
class CaptureRunStoppedTest {

    @Test
    void anErrorMidRunGivesTheEntriesBeforeIt() {
        CaptureSource failing = new CaptureSource() {
            @Override
            public String name() {
                return "failing.har";
            }

            @Override
            public void read(Consumer<CaptureEntry> sink) {
                sink.accept(CaptureEntry.Unreadable.of(new ExchangeSource("failing.har", 0), FindingMessage.literal("capture.unreadable", "first")));
                sink.accept(CaptureEntry.Unreadable.of(new ExchangeSource("failing.har", 1), FindingMessage.literal("capture.unreadable", "second")));
                throw new OutOfMemoryError("Java heap space");
            }
        };

        CaptureRun.Stopped stopped = catchThrowableOfType(CaptureRun.Stopped.class,
                () -> new CaptureRun(ContractValidator.bundled()).run(List.of(failing)));

        assertThat(stopped.getCause()).isInstanceOf(OutOfMemoryError.class);
        assertThat(stopped.report().results()).hasSize(2);
        assertThat(stopped.report().summary()).containsExactly("stopped after 2 entries: OutOfMemoryError");
    }
}
