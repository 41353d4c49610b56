package dev.chatcontracts.contracts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import dev.chatcontracts.contracts.walkers.PointerTokens;
import dev.chatcontracts.openapi.schema.SchemaView;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A parameter or header as the spec documents it, made ready for checking: its schema compiled once.
 *
 * @param name its name as the spec spells it
 * @param in {@code path}, {@code query}, {@code header} (a response header too)
 * @param required whether it must be present
 * @param type the schema's JSON type ({@code integer}, {@code string}, ...), what a raw value is read as
 * @param schemaPointer where its schema is in the spec (findings' schema locations)
 * @param compiled its schema (request view), compiled by networknt the first time a value is not {@code accepts}ed:
 *     most runs never need it, and a fresh JVM does not load networknt for them
 * @param accepts a quick yes for a valid value ({@link ScalarAcceptance}); the schema decides the rest
 */
public record CompiledParameter(String name, String in, boolean required, String type, String schemaPointer,
        Supplier<Schema> compiled, Predicate<JsonNode> accepts) {

    /** Its schema, compiled (request view). */
    public Schema schema() {
        return compiled.get();
    }

    /** The parameters an operation documents, its path item's included (the operation's win), in spec order. */
    static List<CompiledParameter> ofOperation(ApiContract contract, String operationPointer) {
        JsonNode tree = contract.spec().tree();
        Map<String, CompiledParameter> byKey = new LinkedHashMap<>();
        String pathItem = operationPointer.substring(0, operationPointer.lastIndexOf('/'));
        for (String owner : List.of(pathItem, operationPointer)) {
            JsonNode list = tree.at(owner).path("parameters");
            for (int i = 0; i < list.size(); i++) {
                JsonNode declared = list.get(i);
                String location = locationOf(declared, owner + "/parameters/" + i);
                JsonNode parameter = LocalRefs.deref(tree, declared);
                String in = parameter.path("in").asText("");
                if (!in.equals("cookie") && parameter.has("schema")) {
                    CompiledParameter compiled = compile(contract, parameter.path("name").asText(), in,
                            parameter.path("required").asBoolean(in.equals("path")), location + "/schema");
                    byKey.put(in + " " + compiled.name(), compiled);
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The headers a response documents (its location in the spec), in spec order. */
    static List<CompiledParameter> ofResponse(ApiContract contract, String responseLocation) {
        JsonNode tree = contract.spec().tree();
        List<CompiledParameter> headers = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.at(responseLocation).path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String location = locationOf(entry.getValue(),
                    responseLocation + "/headers/" + PointerTokens.escape(entry.getKey()));
            JsonNode header = LocalRefs.deref(tree, entry.getValue());
            if (header.has("schema")) {
                headers.add(compile(contract, entry.getKey(), "header", header.path("required").asBoolean(false),
                        location + "/schema"));
            }
        }
        return List.copyOf(headers);
    }

    private static CompiledParameter compile(ApiContract contract, String name, String in, boolean required, String schemaPointer) {
        JsonNode schema = LocalRefs.deref(contract.spec().tree(), contract.node(schemaPointer));
        return new CompiledParameter(name, in, required, schema.path("type").asText("string"), schemaPointer,
                () -> contract.schema(schemaPointer, SchemaView.REQUEST), ScalarAcceptance.of(schema));
    }

    private static String locationOf(JsonNode node, String inline) {
        JsonNode ref = node.get("$ref");
        return ref != null && ref.asText().startsWith("#/") ? ref.asText().substring(1) : inline;
    }
}
