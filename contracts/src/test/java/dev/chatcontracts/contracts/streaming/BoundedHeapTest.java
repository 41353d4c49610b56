package dev.chatcontracts.contracts.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.ChildJvm;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A List Chats answer of about 300 MB, generated as it is read, is validated in a JVM whose heap is
 * 128 MB: the validator keeps nothing of the document (as a tree, the document alone would need
 * several times the heap).
 */
class BoundedHeapTest {

    private static final long CHATS = 100_000;
    private static final long INVALID_EVERY = 997;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void validatesA300MegabyteChatListIn128MegabytesOfHeap() throws IOException, InterruptedException {
        ChildJvm.Result run = ChildJvm.run(Duration.ofSeconds(80), List.of("-Xmx128m", "-XX:+ExitOnOutOfMemoryError"),
                BoundedHeapMain.class, Long.toString(CHATS), Long.toString(INVALID_EVERY));
        String output = run.output();

        assertThat(run.exitCode()).as(output).isZero();
        long expected = new ChatListStream(CHATS, INVALID_EVERY).expectedViolations();
        assertThat(output).contains("violations=" + expected + " unexpected=0");
        long bytes = Long.parseLong(output.replaceAll("(?s).*bytes=(\\d+).*", "$1"));
        assertThat(bytes).as("bytes validated").isGreaterThan(300_000_000L);
    }
}
