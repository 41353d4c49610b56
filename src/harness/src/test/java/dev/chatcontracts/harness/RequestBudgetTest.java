package dev.chatcontracts.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {

    private final AtomicLong now = new AtomicLong();
    private final List<Long> sleeps = new ArrayList<>();
    private final RequestBudget budget = new RequestBudget(3, now::get, millis -> {
        sleeps.add(millis);
        now.addAndGet(millis * 1_000_000);
    });

    @Test
    void requestsWithinTheBudgetDoNotWait() throws InterruptedException {
        budget.acquire();
        budget.acquire();
        budget.acquire();

        assertThat(sleeps).isEmpty();
    }

    @Test
    void theRequestOverTheBudgetWaitsUntilTheOldestLeavesTheMinute() throws InterruptedException {
        budget.acquire();
        now.addAndGet(10_000_000_000L);
        budget.acquire();
        budget.acquire();

        budget.acquire();

        assertThat(sleeps).containsExactly(50_000L);
        assertThat(now.get()).isEqualTo(60_000_000_000L);
    }

    @Test
    void anUnlimitedBudgetNeverWaits() throws InterruptedException {
        RequestBudget unlimited = RequestBudget.unlimited();
        for (int i = 0; i < 1_000; i++) {
            unlimited.acquire();
        }

        assertThat(sleeps).isEmpty();
    }
}
