package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /_pact/provider-states}, the state-change URL of Pact verifiers. It has its own route, so it
 * never goes through the API's authentication, faults or rate limit; any Authorization header, or none, is
 * accepted. Errors are Zendesk-style {@code {"error": "Bad Request", "description": ...}}
 * bodies; an unknown state's also lists {@code known_states}.
 */
final class ProviderStatesHandler extends Handler.Abstract {

    /** The path of the state-change endpoint. */
    static final String PATH = "/_pact/provider-states";

    private static final System.Logger LOG = System.getLogger(ProviderStatesHandler.class.getName());

    private final ProviderStates states;
    private final AtomicInteger unexpectedFailures = new AtomicInteger();

    private final long maxBodyBytes;

    ProviderStatesHandler(ProviderStates states, long maxBodyBytes) {
        this.states = states;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        HttpCall exchange = new HttpCall(request, response, callback);
        try {
            ResponseWriter.write(exchange, ApiResponse.ok(respond(exchange)));
        } catch (ProviderStates.UnknownStateException unknown) {
            ObjectNode body = Json.object();
            body.put("error", ResponseWriter.reasonPhrase(400));
            body.put("description", unknown.getMessage());
            ArrayNode known = body.putArray("known_states");
            ProviderStates.patterns().forEach(known::add);
            ResponseWriter.write(exchange, new ApiResponse(400, body, Map.of()));
        } catch (ApiException error) {
            ResponseWriter.writeError(exchange, Vendor.ZENDESK_CHAT, error);
        } catch (RequestBody.ClientGoneException gone) {
            exchange.logClientGone(gone.dropped(), gone.getMessage());
        } catch (RuntimeException | IOException unexpected) {
            unexpectedFailures.incrementAndGet();
            LOG.log(System.Logger.Level.ERROR, "Unexpected failure changing provider states", unexpected);
            ResponseWriter.writeError(exchange, Vendor.ZENDESK_CHAT,
                    new ApiException(500, "Unexpected mock failure: " + unexpected));
        } finally {
            exchange.drop(); // no answer written: the connection is dropped
        }
        return true;
    }

    /** How many state changes were answered with a 500 because of an unexpected exception. */
    int unexpectedFailures() {
        return unexpectedFailures.get();
    }

    private ObjectNode respond(HttpCall exchange) throws IOException {
        byte[] body = RequestBody.read(exchange, maxBodyBytes);
        if (!PATH.equals(exchange.rawPath())) {
            throw ApiException.notFound("No API is served at " + exchange.rawPath());
        }
        if (!"POST".equals(exchange.method())) {
            throw new ApiException(405, exchange.method() + " is not allowed on " + PATH)
                    .withHeader("Allow", "POST");
        }
        return states.change(StateChangeRequest.parse(body));
    }
}
