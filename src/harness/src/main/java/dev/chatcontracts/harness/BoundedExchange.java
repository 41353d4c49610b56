package dev.chatcontracts.harness;

import dev.chatcontracts.contracts.exchange.Redactor;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One exchange with bounds: the body is read up to {@link ResponseLimits#maxResponseBytes()} (a larger one is
 * abandoned, from its {@code Content-Length} or while it arrives, and halts the run), the whole answer is waited for
 * up to the request's timeout (else {@link ResponseLimits#exchangeTimeout()}), and the wait ends as soon as a worker
 * thread of the run died. Never an unbounded wait.
 */
public final class BoundedExchange {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    /** A response body larger than the limit; it was not read into memory. */
    public static final class ResponseTooLarge extends IOException {
        ResponseTooLarge(HttpRequest request, long limit, String seen) {
            super("the response to " + describe(request) + " is larger than the limit of " + limit + " bytes (--max-response-bytes; "
                    + seen + ")");
        }
    }

    private BoundedExchange() {
    }

    /** Sends {@code request} and reads its answer within {@code limits}. */
    public static HttpResponse<byte[]> send(HttpClient client, HttpRequest request, ResponseLimits limits)
            throws IOException, InterruptedException {
        RunHalt halt = limits.halt();
        if (halt.workerDied()) {
            throw new IOException("not sent, the run was stopped: " + halt.reason().orElse(""));
        }
        long timeout = request.timeout().orElse(limits.exchangeTimeout()).toNanos();
        long deadline = System.nanoTime() + timeout;
        AtomicReference<Collecting> collecting = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, info -> {
            collecting.set(collecting(info, request, limits.maxResponseBytes()));
            return collecting.get();
        });
        try (AutoCloseable release = halt.onWorkerDeath(() -> abandon(collecting))) {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new HttpTimeoutException("no complete answer to " + describe(request) + " within "
                            + TimeUnit.NANOSECONDS.toSeconds(timeout) + " s");
                }
                try {
                    return pending.get(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS);
                } catch (TimeoutException notYet) {
                    if (halt.workerDied()) {
                        throw new IOException("abandoned, the run was stopped: " + halt.reason().orElse(""));
                    }
                }
            }
        } catch (ExecutionException e) {
            throw failure(e.getCause(), request, halt);
        } catch (OutOfMemoryError e) {
            halt.outOfMemory();
            abandon(collecting);
            halt.halt("out of memory while reading the answer to " + describe(request) + " (raise -Xmx, or lower --max-response-bytes)");
            throw new IOException(halt.reason().orElse("out of memory"));
        } catch (IOException | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception closing) {
            throw new IllegalStateException(closing);
        } finally {
            abandon(collecting);
            pending.cancel(true);
        }
    }

    private static void abandon(AtomicReference<Collecting> collecting) {
        Collecting body = collecting.get();
        if (body != null) {
            body.abandon();
        }
    }

    private static IOException failure(Throwable cause, HttpRequest request, RunHalt halt) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ResponseTooLarge tooLarge) {
                halt.halt(tooLarge.getMessage());
                return tooLarge;
            }
            if (t instanceof VirtualMachineError) {
                halt.outOfMemory();
                halt.halt("out of memory while reading the answer to " + describe(request) + " (raise -Xmx, or lower --max-response-bytes)");
                return new IOException(halt.reason().orElse("out of memory"));
            }
        }
        return cause instanceof IOException io ? io : new IOException(cause);
    }

    /** {@code GET https://host/path}: the method and the URL, secrets masked. */
    static String describe(HttpRequest request) {
        return request.method() + " " + Redactor.redactUrl(request.uri().toString());
    }

    private static Collecting collecting(HttpResponse.ResponseInfo info, HttpRequest request, long limit) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
        IOException early = declared > limit ? new ResponseTooLarge(request, limit, "Content-Length " + declared) : null;
        return new Collecting(request, limit, early);
    }

    /**
     * Collects the body up to the limit; past it, cancels the body and fails it. Whatever ends it early (the limit, an
     * error, {@link #abandon}) drops the bytes collected so far.
     */
    private static final class Collecting implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final HttpRequest request;
        private final long limit;
        private final IOException early;
        private List<ByteBuffer> received = new ArrayList<>();
        private Flow.Subscription upstream;
        private long size;

        Collecting(HttpRequest request, long limit, IOException early) {
            this.request = request;
            this.limit = limit;
            this.early = early;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            synchronized (this) {
                upstream = subscription;
            }
            if (early != null) {
                fail(early);
            } else {
                subscription.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            synchronized (this) {
                if (received == null) {
                    return;
                }
                for (ByteBuffer buffer : buffers) {
                    size += buffer.remaining();
                }
                if (size <= limit) {
                    received.addAll(buffers);
                    return;
                }
            }
            fail(new ResponseTooLarge(request, limit, "more than " + limit + " bytes received"));
        }

        @Override
        public void onError(Throwable throwable) {
            drop();
            body.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            List<ByteBuffer> all;
            synchronized (this) {
                all = received;
                received = null;
            }
            if (all == null) {
                return;
            }
            byte[] bytes = new byte[Math.toIntExact(size)];
            int at = 0;
            for (ByteBuffer buffer : all) {
                int n = buffer.remaining();
                buffer.get(bytes, at, n);
                at += n;
            }
            body.complete(bytes);
        }

        /** Drops what was collected and cancels the body: the exchange is given up. */
        void abandon() {
            fail(new IOException("abandoned"));
        }

        private void fail(IOException failure) {
            Flow.Subscription subscription = drop();
            if (subscription != null) {
                subscription.cancel();
            }
            body.completeExceptionally(failure);
        }

        /** Frees the bytes collected; the subscription to cancel, or null when none or already ended. */
        private synchronized Flow.Subscription drop() {
            boolean ended = received == null;
            received = null;
            return ended ? null : upstream;
        }
    }
}
