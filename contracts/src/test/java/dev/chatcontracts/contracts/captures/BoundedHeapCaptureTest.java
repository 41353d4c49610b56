package dev.chatcontracts.contracts.captures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.ChildJvm;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capture folder of over 300 MB (a 210 MB List Chats response and a HAR of eighty 1.3 MB pages) is
 * validated in a JVM with a 64 MB heap: bodies over the streaming threshold are read from the files
 * while they are validated, never held (as trees they would need several times the heap). The same
 * holds at 1 GB in 256 MB (README); CI runs this smaller, stricter ratio.
 */
class BoundedHeapCaptureTest {

    private static final long CHATS_IN_FILE = 180_000;
    private static final int HAR_PAGES = 80;
    private static final int CHATS_PER_PAGE = 1_000;

    @Test
    @Timeout(value = 170, unit = TimeUnit.SECONDS)
    void validatesA300MegabyteCaptureFolderIn64MegabytesOfHeap(@TempDir Path folder) throws IOException, InterruptedException {
        ChildJvm.Result run = ChildJvm.run(Duration.ofSeconds(160), List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"),
                BoundedHeapCaptureMain.class, folder.toString(), Long.toString(CHATS_IN_FILE), Integer.toString(HAR_PAGES),
                Integer.toString(CHATS_PER_PAGE));
        String output = run.output();

        assertThat(run.exitCode()).as(output).isZero();
        LargeCaptures corpus = new LargeCaptures(BoundedHeapCaptureMain.INVALID_EVERY, BoundedHeapCaptureMain.UNKNOWN_EVERY);
        long harErrors = 0;
        long harUnknown = 0;
        for (int page = 0; page < HAR_PAGES; page++) {
            long first = (long) page * CHATS_PER_PAGE;
            harErrors += corpus.expectedErrors(first + CHATS_PER_PAGE) - corpus.expectedErrors(first);
            harUnknown += corpus.expectedUnknown(first + CHATS_PER_PAGE) - corpus.expectedUnknown(first);
        }
        assertThat(output).contains("results=" + (1 + HAR_PAGES)
                + " type=" + (corpus.expectedErrors(CHATS_IN_FILE) + harErrors)
                + " unknown=" + (corpus.expectedUnknown(CHATS_IN_FILE) + harUnknown)
                + " other=0");
        long bytes = Long.parseLong(output.replaceAll("(?s).*bytes=(\\d+).*", "$1"));
        assertThat(bytes).as("bytes validated").isGreaterThan(300_000_000L);
    }
}
