package dev.chatcontracts.harness;

import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.Exchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * An {@link HttpClient} that records every exchange it makes (request and response, bodies
 * included, and how long it took) into an {@link ExchangeRecorder}, and spends a {@link RequestBudget} on
 * each request; every answer is read within the target's {@link ResponseLimits} (bytes, time).
 * Secrets are not removed here: the validation engine redacts before anything is stored or printed.
 */
public final class RecordingHttpClient extends HttpClient {

    private final HttpClient delegate;
    private final ExchangeRecorder recorder;
    private final RequestBudget budget;
    private final ResponseLimits limits;

    public RecordingHttpClient(HttpClient delegate, ExchangeRecorder recorder, RequestBudget budget) {
        this(delegate, recorder, budget, ResponseLimits.defaults());
    }

    /** A client whose answers are read within {@code limits} ({@link BoundedExchange}). */
    public RecordingHttpClient(HttpClient delegate, ExchangeRecorder recorder, RequestBudget budget, ResponseLimits limits) {
        this.delegate = delegate;
        this.recorder = recorder;
        this.budget = budget;
        this.limits = limits;
    }

    /** A builder whose clients record into {@code recorder}, wait for {@code budget} and read answers within {@code limits}. */
    public static HttpClient.Builder wrap(HttpClient.Builder builder, ExchangeRecorder recorder, RequestBudget budget, ResponseLimits limits) {
        return new DelegatingBuilder(builder) {
            @Override
            public HttpClient build() {
                return new RecordingHttpClient(builder.build(), recorder, budget, limits);
            }
        };
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        budget.acquire();
        long started = System.nanoTime();
        HttpResponse<byte[]> response = BoundedExchange.send(delegate, request, limits);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        recorder.record(exchange(request, response).toBuilder().duration(took).build());
        return new Replayed<>(response, replay(response, handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request, handler);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    static Exchange exchange(HttpRequest request, HttpResponse<byte[]> response) throws IOException {
        Exchange.Builder exchange = Exchange.builder().request(request.method(), request.uri().toString()).status(response.statusCode());
        request.headers().map().forEach((name, values) -> values.forEach(v -> exchange.requestHeader(name, v)));
        response.headers().map().forEach((name, values) -> values.forEach(v -> exchange.responseHeader(name, v)));
        byte[] sent = requestBody(request);
        if (sent.length > 0) {
            exchange.requestBody(Body.ofBytes(sent));
        }
        if (response.body() != null && response.body().length > 0) {
            exchange.responseBody(Body.ofBytes(response.body()));
        }
        return exchange.build();
    }

    /** The bytes a request's body publisher gives; empty when it has none. */
    static byte[] requestBody(HttpRequest request) throws IOException {
        Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
        if (publisher.isEmpty() || publisher.get().contentLength() == 0) {
            return new byte[0];
        }
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        publisher.get().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(bytes.toByteArray());
            }
        });
        try {
            return done.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading a request body", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot read the request body to record it", e);
        }
    }

    /** Feeds the recorded bytes to the caller's body handler. */
    private static <T> T replay(HttpResponse<byte[]> response, HttpResponse.BodyHandler<T> handler) throws IOException {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return response.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return response.headers();
            }

            @Override
            public Version version() {
                return response.version();
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                // everything is delivered at once below
            }

            @Override
            public void cancel() {
                // nothing to cancel
            }
        });
        byte[] body = response.body() == null ? new byte[0] : response.body();
        subscriber.onNext(List.of(ByteBuffer.wrap(body)));
        subscriber.onComplete();
        try {
            return subscriber.getBody().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot hand the response body on", e);
        }
    }

    private record Replayed<T>(HttpResponse<byte[]> original, T body) implements HttpResponse<T> {
        @Override public int statusCode() { return original.statusCode(); }
        @Override public HttpRequest request() { return original.request(); }
        @Override public Optional<HttpResponse<T>> previousResponse() { return Optional.empty(); }
        @Override public HttpHeaders headers() { return original.headers(); }
        @Override public Optional<SSLSession> sslSession() { return original.sslSession(); }
        @Override public URI uri() { return original.uri(); }
        @Override public Version version() { return original.version(); }
    }

    @Override public Optional<CookieHandler> cookieHandler() { return delegate.cookieHandler(); }
    @Override public Optional<Duration> connectTimeout() { return delegate.connectTimeout(); }
    @Override public Redirect followRedirects() { return delegate.followRedirects(); }
    @Override public Optional<ProxySelector> proxy() { return delegate.proxy(); }
    @Override public SSLContext sslContext() { return delegate.sslContext(); }
    @Override public SSLParameters sslParameters() { return delegate.sslParameters(); }
    @Override public Optional<Authenticator> authenticator() { return delegate.authenticator(); }
    @Override public Version version() { return delegate.version(); }
    @Override public Optional<Executor> executor() { return delegate.executor(); }

    /** Passes every setting on to the wrapped builder; subclasses decide what {@link #build()} makes. */
    abstract static class DelegatingBuilder implements HttpClient.Builder {
        private final HttpClient.Builder delegate;

        DelegatingBuilder(HttpClient.Builder delegate) {
            this.delegate = delegate;
        }

        @Override public Builder cookieHandler(CookieHandler handler) { delegate.cookieHandler(handler); return this; }
        @Override public Builder connectTimeout(Duration duration) { delegate.connectTimeout(duration); return this; }
        @Override public Builder sslContext(SSLContext context) { delegate.sslContext(context); return this; }
        @Override public Builder sslParameters(SSLParameters parameters) { delegate.sslParameters(parameters); return this; }
        @Override public Builder executor(Executor executor) { delegate.executor(executor); return this; }
        @Override public Builder followRedirects(Redirect policy) { delegate.followRedirects(policy); return this; }
        @Override public Builder version(Version version) { delegate.version(version); return this; }
        @Override public Builder priority(int priority) { delegate.priority(priority); return this; }
        @Override public Builder proxy(ProxySelector selector) { delegate.proxy(selector); return this; }
        @Override public Builder authenticator(Authenticator authenticator) { delegate.authenticator(authenticator); return this; }
    }
}
