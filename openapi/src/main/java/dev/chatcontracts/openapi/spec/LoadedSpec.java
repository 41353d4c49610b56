package dev.chatcontracts.openapi.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;

/**
 * An OpenAPI document as read: its JSON tree (what the converters work on, with local {@code $ref}s
 * intact), Swagger Parser's model, and Swagger Parser's messages.
 *
 * @param name a short name, the file name without its extension ({@code zendesk-chat})
 * @param location where it was read from, for messages
 * @param tree the document as a JSON tree
 * @param model Swagger Parser's model, references unresolved
 * @param parserMessages what Swagger Parser reported; empty for a clean spec
 */
public record LoadedSpec(String name, String location, JsonNode tree, OpenAPI model, List<String> parserMessages) {

    public LoadedSpec {
        parserMessages = List.copyOf(parserMessages);
    }

    /** The node a local reference such as {@code #/components/schemas/Chat} points at. */
    public JsonNode resolve(String ref) {
        return LocalRefs.resolve(tree, ref);
    }
}
