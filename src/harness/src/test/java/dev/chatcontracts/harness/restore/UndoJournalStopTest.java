package dev.chatcontracts.harness.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A stop whose undo hangs (a target that no longer answers) gives up after its budget and reports what it did not undo. */
class UndoJournalStopTest {

    @Test
    @Timeout(30)
    void aStopGivesUpOnAnUndoThatHangsAndReportsIt() {
        UndoJournal journal = new UndoJournal();
        CountDownLatch never = new CountDownLatch(1);
        journal.register("PUT /account", "PUT /account (old values)", "billing.first_name=Ann", never::await);
        journal.register("POST /chats", "DELETE /chats/1", "delete /chats/1", () -> { });

        List<UndoJournal.Unrestored> left = journal.stopAndRestoreWithin(1, 2);

        assertThat(journal.restored()).containsExactly("DELETE /chats/1 (POST /chats)");
        assertThat(left).singleElement().satisfies(u -> {
            assertThat(u.write()).isEqualTo("PUT /account");
            assertThat(u.putBack()).isEqualTo("billing.first_name=Ann");
            assertThat(u.error()).contains("not undone within 2 s");
        });
    }

    @Test
    @Timeout(30)
    void aStopThatFinishesInTimeReportsOnlyWhatFailed() {
        UndoJournal journal = new UndoJournal();
        journal.register("POST /chats", "DELETE /chats/1", "delete /chats/1", () -> {
            throw new java.io.IOException("no answer");
        });

        List<UndoJournal.Unrestored> left = journal.stopAndRestoreWithin(1, 20);

        assertThat(left).singleElement().satisfies(u -> assertThat(u.error()).contains("no answer"));
    }

    @Test
    @Timeout(30)
    void aWriteStillRunningWhenTheStopStopsWaitingIsUndoneWhenItEnds() throws Exception {
        UndoJournal journal = new UndoJournal();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        Thread run = new Thread(() -> {
            try {
                journal.guarded(() -> {
                    writing.countDown();
                    answer.await();
                    journal.register("POST /visitors", "DELETE /visitors/7", "delete /visitors/7", () -> { });
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        run.start();
        writing.await();
        Thread late = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer.countDown();
        });
        late.start();

        List<UndoJournal.Unrestored> left = journal.stopAndRestoreWithin(1, 20);

        assertThat(left).isEmpty();
        assertThat(journal.restored()).containsExactly("DELETE /visitors/7 (POST /visitors)");
    }

    @Test
    @Timeout(30)
    void aWriteThatNeverEndsIsReportedAsNotRestored() throws Exception {
        UndoJournal journal = new UndoJournal();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        Thread run = new Thread(() -> {
            try {
                journal.guarded(() -> {
                    writing.countDown();
                    never.await();
                });
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            }
        });
        run.setDaemon(true);
        run.start();
        writing.await();

        List<UndoJournal.Unrestored> left = journal.stopAndRestoreWithin(1, 2);

        assertThat(left).singleElement().satisfies(u -> {
            assertThat(u.write()).isEqualTo(UndoJournal.WRITE_IN_PROGRESS);
            assertThat(u.error()).contains("may have taken effect");
        });
        run.interrupt();
    }
}
