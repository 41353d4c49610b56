package dev.chatcontracts.mock;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Handles every request: route, injected faults, authentication, rate limit, role check, then the
 * operation's handler (or its documented example). Every failure becomes an error answer in the called
 * vendor's format; an unexpected exception is a 500, never a dropped request.
 */
final class RequestDispatcher extends Handler.Abstract {

    private static final System.Logger LOG = System.getLogger(RequestDispatcher.class.getName());

    private final Router router = new Router();
    private final Faults faults;
    private final Authenticator authenticator;
    private final Map<Vendor, RateLimiter> rateLimiters;
    private final Map<Operation, OperationHandler> handlers;
    private final DocumentedExamples documentedExamples;
    private final boolean strict;
    private final String origin;
    private final long maxBodyBytes;
    private final AtomicInteger unexpectedFailures = new AtomicInteger();

    RequestDispatcher(Faults faults, Authenticator authenticator, Map<Vendor, RateLimiter> rateLimiters,
                      Map<Operation, OperationHandler> handlers, DocumentedExamples documentedExamples,
                      boolean strict, String origin, long maxBodyBytes) {
        this.origin = origin;
        this.maxBodyBytes = maxBodyBytes;
        this.faults = faults;
        this.authenticator = authenticator;
        this.rateLimiters = Map.copyOf(rateLimiters);
        this.handlers = Map.copyOf(handlers);
        this.documentedExamples = documentedExamples;
        this.strict = strict;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        HttpCall call = new HttpCall(request, response, callback);
        String rawPath = call.rawPath();
        Vendor vendor = Router.vendorOf(rawPath);
        try {
            Optional<ApiResponse> answer = respond(call, rawPath, vendor);
            answer.ifPresent(ok -> ResponseWriter.write(call, ok));
        } catch (ApiException error) {
            ResponseWriter.writeError(call, vendor, error);
        } catch (RequestBody.ClientGoneException gone) {
            call.logClientGone(gone.dropped(), gone.getMessage());
        } catch (RuntimeException | IOException unexpected) {
            unexpectedFailures.incrementAndGet();
            LOG.log(System.Logger.Level.ERROR, "Unexpected failure answering " + rawPath, unexpected);
            ResponseWriter.writeError(call, vendor, new ApiException(500, "Unexpected mock failure: " + unexpected));
        } finally {
            call.drop(); // no answer written: the connection is dropped
        }
        return true;
    }

    /** How many requests were answered with a 500 because of an unexpected exception. */
    int unexpectedFailures() {
        return unexpectedFailures.get();
    }

    /** The answer, or empty when the connection is to be dropped without one. */
    private Optional<ApiResponse> respond(HttpCall call, String rawPath, Vendor vendor) throws IOException {
        // the whole request is read first, within the size limit, so that a delay or an error never leaves
        // a body half read (and the request time limit stops counting once it is read)
        byte[] body = RequestBody.read(call, maxBodyBytes);
        Router.Match match = router.route(call.method(), rawPath);
        Operation operation = match.operation();
        Optional<FaultRule> fault = faults.consume(operation);
        if (fault.isPresent() && !applyFault(fault.get(), operation)) {
            return Optional.empty();
        }
        Caller caller = authenticator.authenticate(vendor, call.header("Authorization"));
        rateLimiters.get(vendor).acquire();
        authorize(operation, caller);
        ApiRequest request = new ApiRequest(operation, match.pathParams(), QueryParams.parse(call.rawQuery()),
                body, caller, origin, match.basePath(), strict);
        OperationHandler handler = documentedExamples != null ? documentedExamples::responseFor : handlers.get(operation);
        return Optional.of(handler.handle(request));
    }

    /** Applies a fault; {@code false} when the connection is to be dropped. */
    private static boolean applyFault(FaultRule fault, Operation operation) {
        if (!fault.delay().isZero()) {
            try {
                Thread.sleep(fault.delay().toMillis());
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (fault.dropConnection()) {
            return false;
        }
        if (fault.status() == 429) {
            throw new ApiException(429, "Fault injected into " + operation.id()).withHeader("Retry-After", "1");
        }
        if (fault.status() > 0) {
            throw new ApiException(fault.status(), "Fault injected into " + operation.id());
        }
        return true;
    }

    private static void authorize(Operation operation, Caller caller) {
        Role required = operation.requiredRole();
        if (required != null && !caller.role().includes(required)) {
            throw ApiException.forbidden(operation.id() + " is allowed for " + allowedRoles(required)
                    + "; the caller is a " + caller.role().label());
        }
    }

    private static String allowedRoles(Role required) {
        StringBuilder roles = new StringBuilder();
        for (Role role : Role.values()) {
            if (role.includes(required)) {
                roles.append(roles.length() == 0 ? "" : ", ").append(role.label());
            }
        }
        return roles.toString();
    }
}
