package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The request pool: short requests stay on the kept threads; requests stuck behind blocked threads get new ones. */
@Timeout(60)
class ElasticExecutorTest {

    private static final ThreadFactory DAEMONS = runnable -> {
        Thread thread = new Thread(runnable, "elastic-executor-test");
        thread.setDaemon(true);
        return thread;
    };

    @Test
    void manyShortRequestsAreServedByTheKeptThreadsAlone() throws Exception {
        ElasticExecutor pool = ElasticExecutor.create(2, 64, DAEMONS);
        try {
            int requests = 20_000;
            CountDownLatch done = new CountDownLatch(requests);
            AtomicInteger sum = new AtomicInteger();
            for (int i = 0; i < requests; i++) {
                int n = i;
                pool.execute(() -> {
                    sum.addAndGet(n % 7);
                    done.countDown();
                });
            }
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(pool.getLargestPoolSize()).as("threads ever started").isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void requestsStuckBehindBlockedThreadsGetNewThreadsUpToTheMaximum() throws Exception {
        ElasticExecutor pool = ElasticExecutor.create(2, 5, DAEMONS);
        CountDownLatch release = new CountDownLatch(1);
        try {
            CountDownLatch blocking = new CountDownLatch(4);
            for (int i = 0; i < 4; i++) { // like slow clients: hold their threads until released
                pool.execute(() -> {
                    blocking.countDown();
                    awaitQuietly(release);
                });
            }
            CountDownLatch answered = new CountDownLatch(1);
            pool.execute(() -> {
                answered.countDown();
                awaitQuietly(release); // and then holds the fifth thread too
            });

            assertThat(blocking.await(20, TimeUnit.SECONDS)).as("all four blocked requests got a thread").isTrue();
            assertThat(answered.await(20, TimeUnit.SECONDS)).as("the fifth request got the fifth thread").isTrue();
            assertThat(pool.getPoolSize()).isEqualTo(5);

            pool.execute(() -> awaitQuietly(release)); // a sixth: past the maximum, it waits for a thread
            Thread.sleep(ElasticExecutor.LONG_WAIT_MILLIS + 10 * ElasticExecutor.TICK_MILLIS);
            assertThat(pool.getPoolSize()).isEqualTo(5);
            assertThat(pool.getQueue()).hasSize(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aFixedPoolNeverGrows() throws Exception {
        ElasticExecutor pool = ElasticExecutor.create(1, 1, DAEMONS);
        CountDownLatch release = new CountDownLatch(1);
        try {
            CountDownLatch running = new CountDownLatch(1);
            pool.execute(() -> {
                running.countDown();
                awaitQuietly(release);
            });
            assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();
            CountDownLatch answered = new CountDownLatch(1);
            pool.execute(answered::countDown);
            assertThat(answered.await(ElasticExecutor.LONG_WAIT_MILLIS * 3, TimeUnit.MILLISECONDS)).isFalse();
            release.countDown();
            assertThat(answered.await(20, TimeUnit.SECONDS)).as("answered once the thread is free").isTrue();
            assertThat(pool.getLargestPoolSize()).isEqualTo(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
