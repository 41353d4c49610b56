package dev.chatcontracts.plugin.schemas;

import dev.chatcontracts.openapi.model.ApiOperation;
import dev.chatcontracts.openapi.model.SpecOperations;
import dev.chatcontracts.openapi.output.GeneratedFiles;
import dev.chatcontracts.openapi.output.JsonOutput;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.SpecException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the JSON Schema set of one or more specs, and a Java facade that validates bodies
 * against it (what the plugin's {@code generate-schemas} goal runs).
 *
 * <p>Under {@link SchemaSetOptions#resourcesDir()} (see {@link SchemaResources} for the layout):
 * every component schema in the request and the response view, the request and response body
 * schema of every operation, and {@code chat-contracts/schemas/index.json}. Under
 * {@link SchemaSetOptions#sourcesDir()}: {@code <package>/<FacadeClass>.java}. Every schema has a
 * {@code $id} ({@code urn:chat-contracts:...}) and is self-contained (its components in
 * {@code $defs}). Output is byte-for-byte reproducible; files whose content is unchanged are not
 * rewritten, and files of earlier runs are not deleted.
 */
public final class SchemaSetGenerator {

    /**
     * Writes the schema set and the facade.
     *
     * @throws SpecException if a spec cannot be converted, an operation id is missing, unsafe or used by
     *     two specs, or the filter names an unknown operation or tag
     */
    public GeneratedFiles generate(SchemaSetOptions options) {
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        ObjectNode index = JsonNodeFactory.instance.objectNode();
        ObjectNode operations = index.putObject("operations");
        for (Selection selection : select(options)) {
            SchemaDocuments specDocuments = new SchemaDocuments(selection.spec());
            documents.putAll(specDocuments.components(selection.operations(), options.filter().isAll()));
            documents.putAll(specDocuments.operations(selection.operations()));
            selection.operations().forEach(operation -> operations.set(operation.operationId(), specDocuments.indexEntry(operation)));
        }

        List<Path> written = new ArrayList<>();
        documents.forEach((resource, document) ->
                written.add(JsonOutput.write(options.resourcesDir().resolve(resource), JsonOutput.json(document))));
        written.add(JsonOutput.write(options.resourcesDir().resolve(SchemaResources.INDEX), JsonOutput.json(index)));
        written.add(JsonOutput.write(facadeFile(options), FacadeSource.render(options.javaPackage(), options.facadeClass(),
                options.specs().stream().map(LoadedSpec::name).toList())));
        return new GeneratedFiles(written);
    }

    /** The path of the facade's source file. */
    public static Path facadeFile(SchemaSetOptions options) {
        Path dir = options.sourcesDir();
        if (!options.javaPackage().isEmpty()) {
            for (String segment : options.javaPackage().split("\\.")) {
                dir = dir.resolve(segment);
            }
        }
        return dir.resolve(options.facadeClass() + ".java");
    }

    /** The operations the filter keeps, by spec; operation ids must be unique across specs (the index is keyed by them). */
    private static List<Selection> select(SchemaSetOptions options) {
        List<Selection> selected = new ArrayList<>();
        Map<String, String> specOfId = new LinkedHashMap<>();
        List<ApiOperation> all = new ArrayList<>();
        for (LoadedSpec spec : options.specs()) {
            List<ApiOperation> operations = SpecOperations.list(spec);
            for (ApiOperation operation : operations) {
                String other = specOfId.putIfAbsent(operation.operationId(), spec.name());
                if (other != null) {
                    throw new SpecException("schemas.operation.duplicateId", spec.location() + "#" + operation.pointer(),
                            "operationId " + operation.operationId() + " is also used by " + other + "; the schema index is keyed by operationId");
                }
            }
            all.addAll(operations);
            selected.add(new Selection(spec, operations.stream().filter(options.filter()::selects).toList()));
        }
        options.filter().requireKnown(all);
        return selected;
    }

    private record Selection(LoadedSpec spec, List<ApiOperation> operations) {
    }
}
