package dev.chatcontracts.generator.pact;

import dev.chatcontracts.generator.examples.DeclaredViolation;
import dev.chatcontracts.generator.examples.Direction;
import dev.chatcontracts.generator.examples.DocumentedExample;
import dev.chatcontracts.generator.examples.ExampleProblem;
import dev.chatcontracts.generator.examples.ExampleValidator;
import dev.chatcontracts.generator.pact.RequestBodies.Prepared;
import dev.chatcontracts.generator.schemas.ApiOperation;
import dev.chatcontracts.generator.spec.LoadedSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The interactions of one spec: one per documented example of each operation's 2xx JSON responses,
 * paired with the request example of the same name, else the operation's first one.
 */
final class InteractionFactory {

    /** What one pact collects. */
    static final class Results {
        final List<Interaction> interactions = new ArrayList<>();
        final List<SkippedExample> skipped = new ArrayList<>();
        final List<String> adjustments = new ArrayList<>();
        private final Set<String> descriptions = new HashSet<>();
    }

    private final LoadedSpec spec;
    private final ExampleValidator validator;
    private final RequestBodies requestBodies;
    private final RequestTargets targets;
    private final MatchingRuleGenerator rules;

    InteractionFactory(LoadedSpec spec, PactSpecVersion version) {
        SchemaNavigator navigator = new SchemaNavigator(spec.tree());
        this.spec = spec;
        this.validator = new ExampleValidator(spec.tree());
        this.requestBodies = new RequestBodies(navigator);
        this.targets = new RequestTargets(spec.tree());
        this.rules = new MatchingRuleGenerator(navigator, version);
    }

    /** Adds the interactions of {@code operation}, given all its documented examples, to {@code out}. */
    void add(ApiOperation operation, List<DocumentedExample> examples, Results out) {
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
    }

    private Interaction interaction(ApiOperation operation, DocumentedExample response, List<DocumentedExample> requests, Results out) {
        requireConforming(response);
        requireNoPlaceholders(response.value(), "");
        Optional<DocumentedExample> request = requestExample(operation, response, requests);
        Prepared prepared = request.map(this::prepare).orElse(null);
        String description = unique(operation.operationId() + " " + response.name(), response.status(), out);
        if (prepared != null && !prepared.removed().isEmpty()) {
            out.adjustments.add(spec.name() + " " + description + ": request example " + request.get().name()
                    + " without " + String.join(", ", prepared.removed()));
        }
        RequestTargets.Target target = targets.target(operation, response.value());
        return new Interaction(description, target.providerStates(), request(operation, target, request, prepared, response),
                new Interaction.Response(Integer.parseInt(response.status()), Map.of("Content-Type", response.mediaType()),
                        response.value(), response.mediaType(), rules.rules(response.value(), response.schema())));
    }

    /**
     * Skips an example that stands for data rather than being data: a key such as
     * {@code "<other chat 100 properties>"} (List Chats by ids) is something no provider can return.
     */
    private static void requireNoPlaceholders(com.fasterxml.jackson.databind.JsonNode value, String pointer) {
        if (value.isObject()) {
            value.fieldNames().forEachRemaining(name -> {
                if (name.startsWith("<") && name.endsWith(">")) {
                    throw new Skip("the example has the placeholder key \"" + name + "\" at " + pointer
                            + "; no provider can return it");
                }
                requireNoPlaceholders(value.get(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
            });
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                requireNoPlaceholders(value.get(i), pointer + "/" + i);
            }
        }
    }

    /** Skips a response example the documentation got wrong, declared or not. */
    private void requireConforming(DocumentedExample response) {
        if (!response.declaredViolations().isEmpty()) {
            throw new Skip("the documented example breaks the spec (x-violates " + describe(response.declaredViolations()) + ")");
        }
        List<ExampleProblem> problems = validator.validate(response);
        if (!problems.isEmpty()) {
            throw new Skip("the example breaks the response schema and declares no x-violates: " + describeProblems(problems));
        }
    }

    /** Method, filled path, required query, {@code Content-Type} (with a body) and {@code Accept}; never a credential. */
    private static Interaction.Request request(ApiOperation operation, RequestTargets.Target target, Optional<DocumentedExample> request,
            Prepared prepared, DocumentedExample response) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.ifPresent(r -> headers.put("Content-Type", r.mediaType()));
        headers.put("Accept", response.mediaType());
        return new Interaction.Request(operation.method(), target.path(), target.query(), headers,
                prepared == null ? null : prepared.body(), request.map(DocumentedExample::mediaType).orElse(null));
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

    private Prepared prepare(DocumentedExample request) {
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

    private static String unique(String base, String status, Results out) {
        String description = out.descriptions.contains(base) ? base + " (" + status + ")" : base;
        for (int n = 2; !out.descriptions.add(description); n++) {
            description = base + " (" + status + ") #" + n;
        }
        return description;
    }

    private static boolean isJson(String mediaType) {
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
    private static final class Skip extends RuntimeException {
        Skip(String reason) {
            super(reason, null, false, false);
        }
    }
}
