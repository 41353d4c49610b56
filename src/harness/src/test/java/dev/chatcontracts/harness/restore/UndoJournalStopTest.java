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
}
