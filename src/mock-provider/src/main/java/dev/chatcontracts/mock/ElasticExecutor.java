package dev.chatcontracts.mock;

import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The request threads: {@code core} threads kept, growing up to {@code max} while all are busy, then
 * queueing. The JDK server reads a request's line, headers and body on the request thread, so a client that
 * sends slowly holds a thread until it finishes or the request timeout drops it; growing (instead of
 * queueing behind a fixed pool) keeps slow clients from starving everyone else.
 */
final class ElasticExecutor {

    private static final long KEEP_ALIVE_SECONDS = 30;

    private ElasticExecutor() {
    }

    static ThreadPoolExecutor create(int core, int max, ThreadFactory threads) {
        HandOffQueue queue = new HandOffQueue();
        return new ThreadPoolExecutor(core, Math.max(core, max), KEEP_ALIVE_SECONDS, TimeUnit.SECONDS, queue, threads,
                (task, executor) -> {
                    if (executor.isShutdown()) {
                        throw new RejectedExecutionException("The mock is stopped");
                    }
                    queue.enqueue(task); // every thread busy and no more allowed: wait for one
                });
    }

    /**
     * Offers a task only to an idle thread, so that the pool grows (up to its maximum) instead of queueing;
     * the rejection handler queues what the maximum leaves over.
     */
    private static final class HandOffQueue extends LinkedTransferQueue<Runnable> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean offer(Runnable task) {
            return tryTransfer(task);
        }

        void enqueue(Runnable task) {
            super.offer(task);
        }
    }
}
