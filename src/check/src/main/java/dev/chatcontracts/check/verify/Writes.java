package dev.chatcontracts.check.verify;

import au.com.dius.pact.core.model.IRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.restore.UndoJournal;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The writes of pact interactions on a real target, each with its undo ({@link PactWrites}) registered in the
 * run's {@link UndoJournal}: an update's old values are read before it is sent, a create's id is taken from
 * its answer. On the embedded mock nothing is planned: its seed is put back before each interaction.
 */
final class Writes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContractTarget target;
    private final UndoJournal journal;
    private final StateHttp http;

    Writes(ContractTarget target, UndoJournal journal, StateHttp http) {
        this.target = target;
        this.journal = journal;
        this.http = http;
    }

    /**
     * The plan of the interaction's write on a real target; null for a read or on the mock.
     *
     * @param request the request as it is sent (its provider-state values in its path)
     * @param createdByTheRun whether the run created what a path names (a delete of it is its own undo)
     */
    PactWrites.Plan plan(PactFile pact, IRequest request, ProviderEndpoint endpoint, java.util.function.Predicate<String> createdByTheRun) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (PactWrites.reads(method) || target.mock().isPresent()) {
            return null;
        }
        String path = endpoint.relative(request.getPath(), pact.basePath());
        if (method.equals("DELETE") && createdByTheRun.test(path)) {
            return new PactWrites.DeleteCreated(path.substring(0, path.lastIndexOf('/')));
        }
        return PactWrites.plan(pact.specName(), method, path, body(request));
    }

    /** Reads what an update will overwrite and registers putting it back; the reason when it cannot be read. */
    Optional<String> before(PactWrites.Plan plan, ProviderEndpoint endpoint) {
        if (!(plan instanceof PactWrites.PutBack putBack)) {
            return Optional.empty();
        }
        StateHttp.Answer answer = http.get(endpoint, putBack.path());
        JsonNode old = parse(answer.body());
        if (answer.status() != 200 || old == null) {
            return Optional.of("GET " + putBack.path() + " answered " + answer.status() + ", so the values the update would overwrite"
                    + " could not be put back: not sent");
        }
        String restore = PactWrites.putBack(old, putBack.sent()).toString();
        journal.register("PUT " + putBack.path() + " (pact)", "PUT " + putBack.path() + " " + restore, restore, () -> {
            StateHttp.Answer put = http.put(endpoint, putBack.path(), restore);
            if (put.status() / 100 != 2) {
                throw new IOException("PUT " + putBack.path() + " answered " + put.status());
            }
        });
        return Optional.empty();
    }

    /** Registers the delete of what a create made, from the id in its answer. */
    void after(PactWrites.Plan plan, ProviderEndpoint endpoint, String answerBody) {
        if (!(plan instanceof PactWrites.DeleteCreated created)) {
            return;
        }
        JsonNode answer = parse(answerBody);
        String id = answer == null || !answer.path("id").isValueNode() ? null : answer.get("id").asText();
        if (id == null || id.isEmpty()) {
            return;
        }
        String path = created.collection() + "/" + StateHttp.segment(id);
        journal.register("POST " + created.collection() + " (pact, id " + id + ")", "DELETE " + path, "delete " + path, () -> {
            int status = http.delete(endpoint, path).status();
            if (status / 100 != 2 && status != 404) {
                throw new IOException("DELETE " + path + " answered " + status);
            }
        });
    }

    private static JsonNode body(IRequest request) {
        return request.getBody() == null || !request.getBody().isPresent() ? null : parse(request.getBody().valueAsString());
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
