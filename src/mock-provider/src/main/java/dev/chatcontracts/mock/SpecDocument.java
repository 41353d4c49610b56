package dev.chatcontracts.mock;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * One of the bundled OpenAPI specs (artifact {@code chat-openapi}: {@code /openapi/zendesk-chat.yaml},
 * {@code /openapi/zoho-salesiq.yaml}) as a JSON tree, read once per JVM within bounded YAML settings, with
 * the look-ups the mock needs: an operation by id, its request schema and success media type, and local
 * {@code $ref}s.
 */
final class SpecDocument {

    static final String ZENDESK_RESOURCE = "/openapi/zendesk-chat.yaml";
    static final String SALESIQ_RESOURCE = "/openapi/zoho-salesiq.yaml";

    /** The bounds of the YAML reader (the bundled specs are about 100 KB, nested about 15 levels); no aliases. */
    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 100;
    private static final int MAX_REF_HOPS = 32;
    private static final String JSON = "application/json";

    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions()).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, SpecDocument> LOADED = new ConcurrentHashMap<>();

    private final String location;
    private final JsonNode root;

    private SpecDocument(String location, JsonNode root) {
        this.location = location;
        this.root = root;
    }

    /** The spec of a vendor, parsed on first use and kept for the life of the JVM. */
    static SpecDocument of(Vendor vendor) {
        return load(vendor == Vendor.ZOHO_SALESIQ ? SALESIQ_RESOURCE : ZENDESK_RESOURCE);
    }

    /** The spec of an operation. */
    static SpecDocument of(Operation operation) {
        return of(operation.vendor());
    }

    static SpecDocument load(String resource) {
        return LOADED.computeIfAbsent(resource, SpecDocument::read);
    }

    /**
     * Parses spec text within the bounds; {@code location} only names it in messages. Jackson's YAML reader
     * neither expands aliases (it reads one as its anchor's name) nor applies SnakeYAML's nesting limit, so the
     * tree is built here, in one pass over the tokens, refusing both: the specs use no aliases, and a wrong value
     * is worse than an error. Duplicate keys are refused too.
     */
    static SpecDocument parse(String location, String yaml) {
        try (YAMLParser parser = (YAMLParser) YAML.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? null : value(location, parser, first, 1);
            if (root == null || !root.isObject()) {
                throw new IllegalStateException("The spec " + location + " is not a YAML mapping");
            }
            return new SpecDocument(location, root);
        } catch (IOException e) {
            throw new IllegalStateException("The spec " + location + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static JsonNode value(String location, YAMLParser parser, JsonToken token, int depth) throws IOException {
        refuseAlias(location, parser);
        if (depth > MAX_NESTING_DEPTH) {
            throw new IllegalStateException("The spec " + location + " is nested deeper than " + MAX_NESTING_DEPTH
                    + " levels at line " + parser.currentLocation().getLineNr());
        }
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    refuseAlias(location, parser);
                    String name = parser.currentName();
                    if (object.has(name)) {
                        throw new IllegalStateException("The spec " + location + " repeats the key " + name + " at line "
                                + parser.currentLocation().getLineNr());
                    }
                    object.set(name, value(location, parser, parser.nextToken(), depth + 1));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(location, parser, next, depth + 1));
                }
                yield array;
            }
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.textNode(parser.getText());
        };
    }

    private static void refuseAlias(String location, YAMLParser parser) throws IOException {
        if (parser.isCurrentAlias()) {
            throw new IllegalStateException("The spec " + location + " uses a YAML alias (*" + parser.getText()
                    + ") at line " + parser.currentLocation().getLineNr() + ": the mock reads specs without aliases");
        }
    }

    private static SpecDocument read(String resource) {
        try (InputStream in = SpecDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The spec " + resource + " is not on the class path (artifact chat-openapi)");
            }
            return parse(resource, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the spec " + resource, e);
        }
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    String location() {
        return location;
    }

    JsonNode root() {
        return root;
    }

    /** The operation object of an operation id. */
    JsonNode operation(String operationId) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            for (Iterator<JsonNode> methods = paths.next().getValue().elements(); methods.hasNext(); ) {
                JsonNode candidate = methods.next();
                if (operationId.equals(candidate.path("operationId").asText(null))) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("The spec " + location + " has no operation " + operationId);
    }

    /** The schema of an operation's JSON request body, if it has one. */
    Optional<JsonNode> requestSchema(String operationId) {
        JsonNode body = resolve(operation(operationId).path("requestBody"));
        JsonNode schema = body.path("content").path(JSON).path("schema");
        return schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
    }

    /** The JSON media type of an operation's first 2xx response, if it has a body. */
    Optional<JsonNode> successMedia(String operationId) {
        for (Iterator<Map.Entry<String, JsonNode>> responses = operation(operationId).path("responses").fields(); responses.hasNext(); ) {
            Map.Entry<String, JsonNode> response = responses.next();
            if (response.getKey().startsWith("2")) {
                JsonNode media = resolve(response.getValue()).path("content").path(JSON);
                return media.isMissingNode() ? Optional.empty() : Optional.of(media);
            }
        }
        return Optional.empty();
    }

    /** Follows {@code $ref}s (local ones, {@code #/...}) until a node without one. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            if (hops == MAX_REF_HOPS) {
                throw new IllegalStateException("The spec " + location + " has a $ref chain longer than " + MAX_REF_HOPS);
            }
            current = at(current.get("$ref").asText());
        }
        return current;
    }

    /** The node a local reference such as {@code #/components/schemas/Agent} names. */
    JsonNode at(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("The spec " + location + " refers outside itself: " + ref);
        }
        JsonNode target = root.at(JsonPointer.compile(ref.substring(1)));
        if (target.isMissingNode()) {
            throw new IllegalStateException("The spec " + location + " has a dangling $ref " + ref);
        }
        return target;
    }

    /** The last segment of a reference: {@code Agent} for {@code #/components/schemas/Agent}. */
    static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
