package dev.chatcontracts.contracts.walkers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.DocumentedContent;
import dev.chatcontracts.contracts.contract.Operation;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The documented request and response schemas of a contract, each with the examples documented beside it. */
final class DocumentedSchemas {

    private DocumentedSchemas() {
    }

    /** A documented schema and the examples documented beside it. */
    record Documented(String where, JsonNode schema, List<JsonNode> examples) {
    }

    /** Every distinct documented request and response schema of the contract's operations, with its examples. */
    static List<Documented> documented(ApiContract contract) {
        Map<JsonNode, Documented> bySchema = new LinkedHashMap<>();
        for (Operation operation : contract.operations()) {
            List<DocumentedContent> contents = new ArrayList<>();
            contract.requestBody(operation).ifPresent(contents::add);
            for (String status : contract.documentedStatuses(operation)) {
                response(contract, operation, status).ifPresent(contents::add);
            }
            for (DocumentedContent content : contents) {
                content.schemaPointers().forEach((media, pointer) -> {
                    if (pointer != null) {
                        JsonNode schema = contract.node(pointer);
                        String where = operation.operationId() + " " + content.key() + " " + media;
                        Documented known = bySchema.computeIfAbsent(schema, s -> new Documented(where, s, new ArrayList<>()));
                        examples(contract, content, media).stream().filter(e -> !known.examples().contains(e))
                                .forEach(known.examples()::add);
                    }
                });
            }
        }
        assertThat(bySchema).isNotEmpty();
        return List.copyOf(bySchema.values());
    }

    /** The documented response of a status key ({@code 200}, {@code 4XX}, {@code default}). */
    private static Optional<DocumentedContent> response(ApiContract contract, Operation operation, String key) {
        for (int status = 100; status < 600; status++) {
            Optional<DocumentedContent> content = contract.response(operation, status);
            if (content.isPresent() && content.get().key().equals(key)) {
                return content;
            }
        }
        return Optional.empty();
    }

    private static List<JsonNode> examples(ApiContract contract, DocumentedContent content, String media) {
        JsonNode tree = contract.spec().tree();
        JsonNode mediaType = tree.at(content.location() + "/content/" + PointerTokens.escape(media));
        List<JsonNode> examples = new ArrayList<>();
        if (mediaType.has("example")) {
            examples.add(mediaType.get("example"));
        }
        mediaType.path("examples").forEach(e -> examples.add(LocalRefs.deref(tree, e).path("value")));
        examples.removeIf(JsonNode::isMissingNode);
        return examples;
    }
}
