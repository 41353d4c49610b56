package dev.chatcontracts.contracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.chatcontracts.contracts.walkers.PointerTokens;
import dev.chatcontracts.contracts.walkers.InstanceWalker;
import dev.chatcontracts.contracts.walkers.StreamingFieldWalker;
import dev.chatcontracts.openapi.schema.JsonSchemaConverter;
import dev.chatcontracts.openapi.schema.SchemaView;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.LocalRefs;
import dev.chatcontracts.openapi.model.SpecLimits;
import dev.chatcontracts.openapi.model.SpecLoader;
import dev.chatcontracts.contracts.streaming.StreamingSchema;
import dev.chatcontracts.contracts.streaming.StreamingValidator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One spec made ready for validation: its operations and servers, and its JSON Schema views, each
 * converted and compiled once, on first use, then cached. Thread-safe.
 */
public final class ApiContract {

    /** The names of the specs bundled in {@code chat-openapi}. */
    public static final List<String> BUNDLED = List.of("zendesk-chat", "zoho-salesiq");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private final LoadedSpec spec;
    private final List<Operation> operations;
    private final List<ServerBase> servers;
    private final JsonSchemaConverter converter;
    /** networknt's registry, made when a compiled schema is first asked for (the body checks do not need it). */
    private volatile SchemaRegistry registry;
    private final ConcurrentMap<SchemaKey, Schema> schemas = new ConcurrentHashMap<>();
    private final ConcurrentMap<SchemaKey, Set<String>> documentedFields = new ConcurrentHashMap<>();
    private final ConcurrentMap<SchemaKey, BodyPlan> bodyPlans = new ConcurrentHashMap<>();
    private final ConcurrentMap<ContentKey, Optional<DocumentedContent>> documentedContents = new ConcurrentHashMap<>();
    private final StreamingFieldWalker fieldWalker;
    private final InstanceWalker instanceWalker;
    private final DocumentedReadings documentedReadings;
    private final ConcurrentMap<String, List<CompiledParameter>> parameters = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, List<CompiledParameter>> responseHeaders = new ConcurrentHashMap<>();

    /**
     * What checking a body against one schema in one direction needs, worked out once per (schema, view) and
     * cached: no exchange plans anything.
     *
     * @param validator validates a body while it is read (the schema compiled for streaming validation)
     * @param document the converted JSON Schema document it was compiled from (violations' schema
     *     locations point into it)
     * @param openApiSchema the OpenAPI schema the field walk follows (its plans are cached by the walker)
     * @param documentedFields every field path the schema documents in the view, for the coverage
     * @param guesses when the next body is read guessing the branches of its objects
     * @param certifying when the next body read guessing is first asked only whether it passes ({@link
     *     StreamingValidator#certainlyPasses}), pausing after bodies for which that could not tell
     */
    public record BodyPlan(StreamingValidator validator, JsonNode document, JsonNode openApiSchema,
            Set<String> documentedFields, GuessBackoff guesses, GuessBackoff certifying) {
    }

    private record SchemaKey(String pointer, SchemaView view) {
        // written out: a record's own equals and hashCode are linked through invokedynamic on first use, which
        // generates classes while the CLI starts (benchmarks README, eighth pass)
        @Override
        public boolean equals(Object other) {
            return other instanceof SchemaKey that && pointer.equals(that.pointer) && view == that.view;
        }

        @Override
        public int hashCode() {
            return 31 * pointer.hashCode() + view.hashCode();
        }
    }

    /** An operation's request body (status 0) or its response for a status. */
    private record ContentKey(String operationPointer, int status) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ContentKey that && operationPointer.equals(that.operationPointer) && status == that.status;
        }

        @Override
        public int hashCode() {
            return 31 * operationPointer.hashCode() + status;
        }
    }

    private ApiContract(LoadedSpec spec) {
        this.spec = spec;
        this.operations = readOperations(spec);
        this.servers = readServers(spec.tree());
        this.converter = new JsonSchemaConverter(spec.tree());
        this.fieldWalker = new StreamingFieldWalker(spec.tree());
        this.instanceWalker = new InstanceWalker(spec.tree());
        this.documentedReadings = new DocumentedReadings(spec.tree());
    }

    /** A contract for a loaded spec. */
    public static ApiContract of(LoadedSpec spec) {
        return new ApiContract(spec);
    }

    /** A contract for a bundled spec ({@code zendesk-chat} or {@code zoho-salesiq}) read from the classpath. */
    public static ApiContract bundled(String name) {
        return bundled(name, SpecLimits.defaults());
    }

    /** A bundled spec read within {@code limits}. */
    public static ApiContract bundled(String name, SpecLimits limits) {
        return of(new SpecLoader(limits).loadBundled(name, ApiContract.class.getClassLoader()));
    }

    public String name() {
        return spec.name();
    }

    public LoadedSpec spec() {
        return spec;
    }

    public List<Operation> operations() {
        return operations;
    }

    public List<ServerBase> servers() {
        return servers;
    }

    public Optional<Operation> operation(String operationId) {
        return operations.stream().filter(o -> o.operationId().equals(operationId)).findFirst();
    }

    /** The request body the operation documents, if any (read once per operation, cached). */
    public Optional<DocumentedContent> requestBody(Operation operation) {
        return documentedContents.computeIfAbsent(new ContentKey(operation.pointer(), 0), key -> readRequestBody(operation));
    }

    private Optional<DocumentedContent> readRequestBody(Operation operation) {
        JsonNode body = spec.tree().at(operation.pointer()).get("requestBody");
        if (body == null) {
            return Optional.empty();
        }
        String location = locationOf(body, operation.pointer() + "/requestBody");
        JsonNode resolved = LocalRefs.deref(spec.tree(), body);
        return Optional.of(new DocumentedContent(location, "request", resolved.path("required").asBoolean(false),
                schemaPointers(resolved, location)));
    }

    /**
     * The documented response for {@code status}: the exact code, then {@code 2XX}-style, then {@code default}
     * (read once per operation and status, cached).
     */
    public Optional<DocumentedContent> response(Operation operation, int status) {
        return documentedContents.computeIfAbsent(new ContentKey(operation.pointer(), status), key -> readResponse(operation, status));
    }

    private Optional<DocumentedContent> readResponse(Operation operation, int status) {
        JsonNode responses = spec.tree().at(operation.pointer()).path("responses");
        String code = String.valueOf(status);
        for (String key : List.of(code, code.charAt(0) + "XX", code.charAt(0) + "xx", "default")) {
            JsonNode response = responses.get(key);
            if (response != null) {
                String location = locationOf(response, operation.pointer() + "/responses/" + key);
                JsonNode resolved = LocalRefs.deref(spec.tree(), response);
                return Optional.of(new DocumentedContent(location, key, false, schemaPointers(resolved, location)));
            }
        }
        return Optional.empty();
    }

    /** The status keys the operation documents, in spec order. */
    public List<String> documentedStatuses(Operation operation) {
        List<String> keys = new ArrayList<>();
        spec.tree().at(operation.pointer()).path("responses").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The compiled JSON Schema (2020-12, in {@code view}) of the OpenAPI schema at {@code schemaPointer}. */
    public Schema schema(String schemaPointer, SchemaView view) {
        return schemas.computeIfAbsent(new SchemaKey(schemaPointer, view),
                key -> registry().getSchema(converter.document(spec.tree().at(key.pointer()), key.view())));
    }

    private SchemaRegistry registry() {
        SchemaRegistry made = registry;
        if (made == null) {
            synchronized (this) {
                made = registry;
                if (made == null) {
                    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                            .pathType(PathType.JSON_POINTER)
                            .formatAssertionsEnabled(true)
                            .build();
                    made = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                            builder -> builder.schemaRegistryConfig(config));
                    registry = made;
                }
            }
        }
        return made;
    }

    /** The plan for checking bodies against the schema at {@code schemaPointer} in {@code view} (made once, cached). */
    public BodyPlan bodyPlan(String schemaPointer, SchemaView view) {
        return bodyPlans.computeIfAbsent(new SchemaKey(schemaPointer, view), key -> {
            JsonNode document = converter.document(spec.tree().at(key.pointer()), key.view());
            return new BodyPlan(new StreamingValidator(StreamingSchema.compile(document)), document,
                    spec.tree().at(key.pointer()), documentedFields(key.pointer(), key.view()), new GuessBackoff(),
                    new GuessBackoff());
        });
    }

    /** The spec's streaming field walker, whose plans are made once per schema and kept. */
    public StreamingFieldWalker fieldWalker() {
        return fieldWalker;
    }

    /** The tree walker over this spec, shared by every exchange (it remembers what it worked out per schema). */
    public InstanceWalker instanceWalker() {
        return instanceWalker;
    }

    /** The operation's documented parameters, their schemas compiled once (path item's and its own). */
    public List<CompiledParameter> parameters(Operation operation) {
        return parameters.computeIfAbsent(operation.pointer(), pointer -> CompiledParameter.ofOperation(this, pointer));
    }

    /** The headers the response at {@code responseLocation} documents, their schemas compiled once. */
    public List<CompiledParameter> responseHeaders(String responseLocation) {
        return responseHeaders.computeIfAbsent(responseLocation, location -> CompiledParameter.ofResponse(this, location));
    }

    /** Where the spec records the documentation's other readings of fields (read once per place, kept). */
    public DocumentedReadings documentedReadings() {
        return documentedReadings;
    }

    /** Every field path the schema at {@code schemaPointer} documents in {@code view} (see {@link DocumentedFields}). */
    public Set<String> documentedFields(String schemaPointer, SchemaView view) {
        return documentedFields.computeIfAbsent(new SchemaKey(schemaPointer, view),
                key -> DocumentedFields.of(spec.tree(), spec.tree().at(key.pointer()), key.view()));
    }

    /** The OpenAPI schema node at a pointer. */
    public JsonNode node(String pointer) {
        return spec.tree().at(pointer);
    }

    /**
     * Where a spec location points, for findings: {@code zendesk-chat#/components/schemas/Chat/...}.
     * A location inside a converted document ({@code #/$defs/Chat/...}) is mapped back to the component.
     */
    public String specLocation(String schemaPointer, String convertedLocation) {
        String location = convertedLocation == null ? "#" : convertedLocation;
        int hash = location.indexOf('#');
        String fragment = hash < 0 ? location : location.substring(hash + 1);
        if (fragment.startsWith("/$defs/")) {
            return name() + "#/components/schemas/" + fragment.substring("/$defs/".length());
        }
        return name() + "#" + schemaPointer + fragment;
    }

    private Map<String, String> schemaPointers(JsonNode resolved, String location) {
        Map<String, String> pointers = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("content").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> media = it.next();
            pointers.put(media.getKey(), media.getValue().has("schema")
                    ? location + "/content/" + escape(media.getKey()) + "/schema" : null);
        }
        return pointers;
    }

    private static String locationOf(JsonNode node, String inline) {
        JsonNode ref = node.get("$ref");
        return ref != null && ref.asText().startsWith("#/") ? ref.asText().substring(1) : inline;
    }

    private static List<Operation> readOperations(LoadedSpec spec) {
        List<Operation> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.tree().path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            PathTemplate template = PathTemplate.parse(path.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    String pointer = "/paths/" + escape(path.getKey()) + "/" + op.getKey();
                    String method = op.getKey().toUpperCase(Locale.ROOT);
                    String id = op.getValue().path("operationId").asText(method + " " + path.getKey());
                    found.add(new Operation(spec.name(), id, method, template, pointer));
                }
            }
        }
        return List.copyOf(found);
    }

    private static List<ServerBase> readServers(JsonNode tree) {
        List<ServerBase> found = new ArrayList<>();
        tree.path("servers").forEach(server -> found.add(ServerBase.of(server)));
        if (found.isEmpty()) {
            found.add(ServerBase.of(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("url", "/")));
        }
        return List.copyOf(found);
    }

    static String escape(String token) {
        return PointerTokens.escape(token);
    }

    @Override
    public String toString() {
        return "ApiContract[" + name() + ", " + operations.size() + " operations]";
    }
}
