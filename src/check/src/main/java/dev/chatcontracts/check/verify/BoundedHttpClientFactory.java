package dev.chatcontracts.check.verify;

import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.IProviderInfo;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.harness.ResponseLimits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.util.Timeout;

/**
 * Pact JVM's HTTP client (Apache HttpClient, no redirects, the system's proxy and TLS settings, as Pact JVM's own
 * factory makes it) with bounds: connecting takes at most 10 s, every read of the answer at most the exchange timeout,
 * the whole body at most the exchange timeout, and at most {@link ResponseLimits#maxResponseBytes()} of it is read
 * (a larger one is abandoned and halts the run).
 */
final class BoundedHttpClientFactory implements IHttpClientFactory {

    private static final Timeout CONNECT = Timeout.ofSeconds(10);

    private final ResponseLimits limits;

    BoundedHttpClientFactory(ResponseLimits limits) {
        this.limits = limits;
    }

    @Override
    public CloseableHttpClient newClient(IProviderInfo provider) {
        Timeout exchange = Timeout.of(limits.exchangeTimeout());
        return HttpClients.custom().useSystemProperties().disableRedirectHandling()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().useSystemProperties()
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(CONNECT).setSocketTimeout(exchange).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(CONNECT).setResponseTimeout(exchange).build())
                .addExecInterceptorFirst("chat-contracts-bounds", this::bounded)
                .build();
    }

    private ClassicHttpResponse bounded(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain) throws IOException, HttpException {
        if (limits.halt().workerDied()) {
            throw new IOException("not sent, the run was stopped: " + limits.halt().reason().orElse(""));
        }
        long deadline = System.nanoTime() + limits.exchangeTimeout().toNanos();
        ClassicHttpResponse response = chain.proceed(request, scope);
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return response;
        }
        String what = request.getMethod() + " " + Redactor.redactUrl(request.getRequestUri());
        if (entity.getContentLength() > limits.maxResponseBytes()) {
            response.close();
            throw tooLarge(what, "Content-Length " + entity.getContentLength());
        }
        response.setEntity(new Bounded(entity, what, deadline));
        return response;
    }

    private IOException tooLarge(String what, String seen) {
        IOException tooLarge = new IOException("the response to " + what + " is larger than the limit of " + limits.maxResponseBytes()
                + " bytes (--max-response-bytes; " + seen + ")");
        limits.halt().halt(tooLarge.getMessage());
        return tooLarge;
    }

    /** The answer's body, read within the limits. */
    private final class Bounded extends HttpEntityWrapper {
        private final String what;
        private final long deadline;

        Bounded(HttpEntity entity, String what, long deadline) {
            super(entity);
            this.what = what;
            this.deadline = deadline;
        }

        @Override
        public InputStream getContent() throws IOException {
            return new Counting(super.getContent());
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (InputStream in = getContent()) {
                in.transferTo(out);
            }
        }

        /** Counts what is read; past the limit or the deadline, fails. */
        private final class Counting extends FilterInputStream {
            private long read;

            Counting(InputStream in) {
                super(in);
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > limits.maxResponseBytes()) {
                    throw tooLarge(what, "more than " + limits.maxResponseBytes() + " bytes received");
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("no complete answer to " + what + " within " + limits.exchangeTimeout().toSeconds() + " s");
                }
                if (limits.halt().workerDied()) {
                    throw new IOException("abandoned, the run was stopped: " + limits.halt().reason().orElse(""));
                }
            }
        }
    }
}
