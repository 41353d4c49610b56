package dev.chatcontracts.contracts.pactgen;

import dev.chatcontracts.contracts.pact.MatchingRule;
import dev.chatcontracts.contracts.pact.PactBody;
import dev.chatcontracts.contracts.pact.PactInteraction;
import dev.chatcontracts.contracts.pact.PactQuery;
import dev.chatcontracts.contracts.pact.PactRequest;
import dev.chatcontracts.contracts.pact.PactResponse;
import dev.chatcontracts.contracts.pact.ProviderState;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.examples.DeclaredViolation;
import dev.chatcontracts.openapi.examples.Direction;
import dev.chatcontracts.openapi.examples.DocumentedExample;
import dev.chatcontracts.openapi.examples.ExampleProblem;
import dev.chatcontracts.openapi.examples.ExampleValidator;
import dev.chatcontracts.contracts.pactgen.ExampleCorrections.Corrected;
import dev.chatcontracts.contracts.pactgen.RequestBodies.Prepared;
import dev.chatcontracts.openapi.model.ApiOperation;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The success interactions of one spec. Each documented example of an operation's 2xx JSON response
 * gives one, paired with the request example of the same name, else the operation's first one:
 * <ul>
 *   <li>as documented, when it satisfies the spec;</li>
 *   <li>from its corrected copy (the spec's {@code x-corrects} copy, else {@link ExampleCorrections})
 *       when it declares {@code x-violates}, the
 *       description naming the D-ids ({@code showVisitor showVisitor (corrected: D5)});</li>
 *   <li>from the schema ({@link SchemaInteractions}) when it has placeholder keys for elided content
 *       or is the ids-to-docs map of List Chats, or when it is a list of items of several kinds (chats and
 *       offline messages): a provider's list holds whatever the account has, so only what every item
 *       has can be expected.</li>
 * </ul>
 * An example still breaking its schema is skipped with the reason: never an interaction the spec
 * rejects. An operation left without an interaction (a 204 delete) gets one built from its schema.
 */
final class InteractionFactory {

    /** What one pact collects. */
    static final class Results {
        final List<PactInteraction.Http> interactions = new ArrayList<>();
        final List<SkippedExample> skipped = new ArrayList<>();
        final List<String> adjustments = new ArrayList<>();
        private final Set<String> descriptions = new HashSet<>();

        /** {@code base}, made unique in the pact. */
        String unique(String base) {
            String description = base;
            for (int n = 2; !descriptions.add(description); n++) {
                description = base + " #" + n;
            }
            return description;
        }
    }

    private final LoadedSpec spec;
    private final ExampleValidator validator;
    private final RequestBodies requestBodies;
    private final ExampleCorrections corrections;
    private final RequestTargets targets;
    private final MatchingRuleGenerator rules;
    private final ResourceIds ids;
    private final SchemaInteractions fromSchema;
    private final ErrorInteractions errors;

    InteractionFactory(LoadedSpec spec, PactSpecVersion version, String basePath, ResourceIds ids) {
        SchemaNavigator navigator = new SchemaNavigator(spec.tree());
        this.spec = spec;
        this.validator = new ExampleValidator(spec.tree());
        this.requestBodies = new RequestBodies(navigator);
        this.corrections = new ExampleCorrections(navigator);
        this.targets = new RequestTargets(spec.tree(), basePath);
        this.rules = new MatchingRuleGenerator(navigator, version);
        this.ids = ids;
        this.fromSchema = new SchemaInteractions(spec.tree(), targets, rules, ids);
        this.errors = new ErrorInteractions(spec.tree(), targets, rules, ids);
    }

    /** The error interactions of the spec, sharing this factory's ids and rules. */
    ErrorInteractions errors() {
        return errors;
    }

    /** Adds the success interactions of {@code operation}, given all its documented examples, to {@code out}. */
    void add(ApiOperation operation, List<DocumentedExample> examples, Results out) {
        int before = out.interactions.size();
        List<DocumentedExample> requests = examples.stream()
                .filter(e -> e.direction() == Direction.REQUEST && isJson(e.mediaType())).toList();
        for (DocumentedExample response : examples) {
            if (response.direction() == Direction.RESPONSE && response.status().matches("2\\d\\d") && isJson(response.mediaType())) {
                try {
                    out.interactions.add(interaction(operation, response, requests, out));
                } catch (Skip skip) {
                    out.skipped.add(new SkippedExample(spec.name(), operation.operationId(), response.status(), response.name(), skip.getMessage()));
                }
            }
        }
        if (out.interactions.size() == before) {
            Optional<Prepared> body = requests.isEmpty() ? Optional.empty() : prepareQuietly(requests.get(0));
            fromSchema.success(operation, body.map(Prepared::body).orElse(null), requests.isEmpty() ? null : requests.get(0).mediaType(), out)
                    .ifPresent(out.interactions::add);
        }
    }

    /** {@link RequestBodies#prepare} that yields nothing for an example that does not fit even then. */
    Optional<Prepared> prepareQuietly(DocumentedExample request) {
        try {
            return Optional.of(prepare(request));
        } catch (Skip skip) {
            return Optional.empty();
        }
    }

    private PactInteraction.Http interaction(ApiOperation operation, DocumentedExample response, List<DocumentedExample> requests, Results out) {
        Optional<DocumentedExample> request = requestExample(operation, response, requests);
        Prepared prepared = request.map(this::prepare).orElse(null);
        if (hasPlaceholder(response.value()) || prepared == null && fromSchema.isIdsMap(operation, response)) {
            return fromSchema.idsMap(operation, response, prepared, out)
                    .orElseThrow(() -> new Skip("the example has placeholder keys for elided content and the operation has no ids parameter to build it from"));
        }
        if (fromSchema.hasPolymorphicList(response.schema())) {
            return fromSchema.list(operation, response, out);
        }
        JsonNode body = response.value();
        String description = operation.operationId() + " " + response.name();
        if (!response.declaredViolations().isEmpty()) {
            Optional<Corrected> fromSpec = response.corrected() == null ? Optional.empty()
                    : ExampleCorrections.fromSpec(response.value(), response.corrected(), response.declaredViolations());
            Corrected corrected = fromSpec.or(() -> corrections.correct(response.value(), response.schema(), response.declaredViolations()))
                    .orElseThrow(() -> new Skip("the documented example breaks the spec (x-violates " + describe(response.declaredViolations())
                            + ") and cannot be corrected"));
            body = corrected.body();
            description += " (corrected: " + String.join(", ", corrected.discrepancies()) + ")";
            out.adjustments.add(spec.name() + " " + description + ": response example " + String.join("; ", corrected.changes()));
        }
        requireConforming(response, body);
        description = out.unique(description);
        if (prepared != null && !prepared.removed().isEmpty()) {
            out.adjustments.add(spec.name() + " " + description + ": request example " + request.get().name()
                    + " without " + String.join(", ", prepared.removed()));
        }
        RequestTargets.Target target = targets.target(operation, body, ids);
        body = RequestTargets.aligned(operation, body, target);
        List<ProviderState> states = new ArrayList<>(target.providerStates());
        states.addAll(Creations.states(operation, prepared == null ? null : prepared.body()));
        return new PactInteraction.Http(description, states,
                request(operation, target, prepared == null ? null : prepared.body(), request.map(DocumentedExample::mediaType).orElse(null),
                        response.mediaType()),
                response(Integer.parseInt(response.status()), response.mediaType(), body, rules.rules(body, response.schema())));
    }

    /** Skips a body that breaks the response view, unless its problems are all declared (then it was corrected). */
    private void requireConforming(DocumentedExample response, JsonNode body) {
        DocumentedExample checked = new DocumentedExample(response.operationId(), response.direction(), response.status(),
                response.mediaType(), response.name(), response.location(), body, response.schema(), List.of());
        List<ExampleProblem> problems = validator.validate(checked);
        if (!problems.isEmpty()) {
            throw new Skip((response.declaredViolations().isEmpty() ? "the example breaks the response schema and declares no x-violates: "
                    : "the corrected example still breaks the response schema: ") + describeProblems(problems));
        }
    }

    /** Method, full path, query, {@code Content-Type} (with a body) and {@code Accept}; never a credential. */
    static PactRequest request(ApiOperation operation, RequestTargets.Target target, JsonNode body, String requestType, String accept) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (body != null) {
            headers.put("Content-Type", List.of(requestType));
        }
        if (accept != null) {
            headers.put("Accept", List.of(accept));
        }
        return new PactRequest(operation.method(), target.path(), PactQuery.of(target.query()), headers,
                body == null ? null : PactBody.json(body, requestType), target.pathExpression());
    }

    /** The status with, when there is a body, its {@code Content-Type} and its matching rules. */
    static PactResponse response(int status, String mediaType, JsonNode body, List<MatchingRule> bodyRules) {
        if (body == null) {
            return new PactResponse(status, Map.of(), null, bodyRules);
        }
        return new PactResponse(status, Map.of("Content-Type", List.of(mediaType)), PactBody.json(body, mediaType), bodyRules);
    }

    /** The request example of the same name, else the first; none when the operation takes no JSON body. */
    private Optional<DocumentedExample> requestExample(ApiOperation operation, DocumentedExample response, List<DocumentedExample> requests) {
        if (operation.requestSchema().isEmpty()) {
            return Optional.empty();
        }
        if (requests.isEmpty()) {
            if (operation.requestBody().path("required").asBoolean(false)) {
                throw new Skip("the operation requires a request body but documents no request example");
            }
            return Optional.empty();
        }
        return Optional.of(requests.stream().filter(r -> r.name().equals(response.name())).findFirst().orElse(requests.get(0)));
    }

    Prepared prepare(DocumentedExample request) {
        Prepared prepared = requestBodies.prepare(request)
                .orElseThrow(() -> new Skip("the request example " + request.name() + " is wrong as a whole (x-violates at the root)"));
        DocumentedExample sent = new DocumentedExample(request.operationId(), Direction.REQUEST, null, request.mediaType(),
                request.name(), request.location(), prepared.body(), request.schema(), List.of());
        List<ExampleProblem> problems = validator.validate(sent);
        if (!problems.isEmpty()) {
            throw new Skip("the request example " + request.name() + " does not fit the request view: " + describeProblems(problems));
        }
        return prepared;
    }

    private static boolean hasPlaceholder(JsonNode value) {
        if (value.isObject()) {
            for (var names = value.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (ExampleCorrections.isPlaceholder(name) || hasPlaceholder(value.get(name))) {
                    return true;
                }
            }
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (hasPlaceholder(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isJson(String mediaType) {
        String base = mediaType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return base.equals("application/json") || base.endsWith("+json");
    }

    private static String describe(List<DeclaredViolation> violations) {
        return violations.stream().map(v -> v.discrepancy() + " at " + v.pointer()).collect(Collectors.joining(", "));
    }

    private static String describeProblems(List<ExampleProblem> problems) {
        return problems.stream().map(p -> p.pointer() + " " + p.keyword()).distinct().collect(Collectors.joining(", "));
    }

    /** Why an example gets no interaction. */
    static final class Skip extends RuntimeException {
        Skip(String reason) {
            super(reason, null, false, false);
        }
    }
}
