package dev.chatcontracts.openapi.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An OpenAPI document as read: its JSON tree (what the converters work on, with local {@code $ref}s
 * intact), Swagger Parser's model, and Swagger Parser's messages.
 *
 * <p>{@link SpecLoader} reads the tree at once and leaves Swagger Parser's reading of the text (a second parse)
 * until {@link #model()} or {@link #parserMessages()} is first called: the goals that work on the tree alone, such
 * as {@code generate-client}, never pay for it.
 */
public final class LoadedSpec {

    /** What Swagger Parser made of a spec: its model (references unresolved) and its messages. */
    record ParserResult(OpenAPI model, List<String> messages) {
        ParserResult {
            messages = List.copyOf(messages);
        }
    }

    private final String name;
    private final String location;
    private final JsonNode tree;
    private Supplier<ParserResult> parser;
    private ParserResult parsed;

    /**
     * A spec read in full.
     *
     * @param name a short name, the file name without its extension ({@code zendesk-chat})
     * @param location where it was read from, for messages
     * @param tree the document as a JSON tree
     * @param model Swagger Parser's model, references unresolved
     * @param parserMessages what Swagger Parser reported; empty for a clean spec
     */
    public LoadedSpec(String name, String location, JsonNode tree, OpenAPI model, List<String> parserMessages) {
        this(name, location, tree, (Supplier<ParserResult>) null);
        this.parsed = new ParserResult(model, parserMessages);
    }

    private LoadedSpec(String name, String location, JsonNode tree, Supplier<ParserResult> parser) {
        this.name = name;
        this.location = location;
        this.tree = tree;
        this.parser = parser;
    }

    /** A spec whose Swagger Parser model {@code parser} makes when it is first asked for. */
    static LoadedSpec parsedOnDemand(String name, String location, JsonNode tree, Supplier<ParserResult> parser) {
        return new LoadedSpec(name, location, tree, Objects.requireNonNull(parser, "parser"));
    }

    /** A short name, the file name without its extension ({@code zendesk-chat}). */
    public String name() {
        return name;
    }

    /** Where it was read from, for messages. */
    public String location() {
        return location;
    }

    /** The document as a JSON tree. */
    public JsonNode tree() {
        return tree;
    }

    /**
     * Swagger Parser's model, references unresolved; read on the first call.
     *
     * @throws SpecException {@code spec.invalid} if Swagger Parser reads no OpenAPI document
     */
    public OpenAPI model() {
        return parsed().model();
    }

    /**
     * What Swagger Parser reported; empty for a clean spec. Read on the first call.
     *
     * @throws SpecException {@code spec.invalid} if Swagger Parser reads no OpenAPI document
     */
    public List<String> parserMessages() {
        return parsed().messages();
    }

    private synchronized ParserResult parsed() {
        if (parsed == null) {
            parsed = parser.get();
            parser = null;
        }
        return parsed;
    }

    /** The node a local reference such as {@code #/components/schemas/Chat} points at. */
    public JsonNode resolve(String ref) {
        return LocalRefs.resolve(tree, ref);
    }

    /** Equal when name, location and tree are: the model is read from the same text. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LoadedSpec that && name.equals(that.name) && location.equals(that.location) && tree.equals(that.tree);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, location, tree);
    }

    @Override
    public String toString() {
        return "LoadedSpec[name=" + name + ", location=" + location + "]";
    }
}
