package dev.chatcontracts.contracts.pactgen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.pact.PactDocument;
import dev.chatcontracts.contracts.pact.PactOrigin;
import dev.chatcontracts.contracts.pact.PactWriter;
import dev.chatcontracts.openapi.examples.Direction;
import dev.chatcontracts.openapi.examples.DocumentedExample;
import dev.chatcontracts.openapi.examples.ExampleCollector;
import dev.chatcontracts.openapi.model.ApiOperation;
import dev.chatcontracts.openapi.output.GeneratedFiles;
import dev.chatcontracts.openapi.output.JsonOutput;
import dev.chatcontracts.openapi.model.SpecOperations;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.SpecException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates Pact files (specification V3 or V4) from the specs, without Pact JVM: builds each as a
 * {@link PactDocument} and writes it with {@link PactWriter} (what the plugin's
 * {@code generate-pacts} goal runs): at least one interaction for every selected operation.
 *
 * <p>One file per spec with at least one interaction, {@code <consumer>-<provider>.json} in the
 * output directory:
 * <ul>
 *   <li>Success interactions ({@link InteractionFactory}): each documented example of an operation's
 *       2xx JSON response, as documented or, where the documentation got it wrong ({@code x-violates}),
 *       its corrected copy; built from the schema where no documented body serves (204 deletes, the
 *       ids-to-docs map). Never an interaction whose body the spec rejects: such examples are skipped
 *       and reported ({@link PactResult#skipped()}).</li>
 *   <li>Error interactions ({@link ErrorInteractions}): 401 without credentials, 404 for unknown
 *       agents, e-mail addresses, chats and visitors, 400 for a parameter above its maximum.</li>
 *   <li>Paths are the full request paths on the provider: the spec's base path (by default the path of
 *       its first server URL, {@code /api/v2/chat}; {@link PactOptions#basePath}) then the operation's
 *       path, so a verifier needs no base-path option. Path parameters take ids of the interaction's own,
 *       with provider states that make them true ({@link PactStates}).</li>
 *   <li>The request body is the request example of the same name, else the first, without the
 *       properties the request view forbids and without the places its {@code x-violates} names
 *       ({@link PactResult#adjustments()}).</li>
 *   <li>Headers are {@code Content-Type} and {@code Accept} only: credentials
 *       ({@code Authorization}, API keys) are never written.</li>
 *   <li>The response is the status, {@code Content-Type} and the body, with body matching rules
 *       from the response schema (see {@link MatchingRuleGenerator}).</li>
 * </ul>
 * Output is byte-for-byte reproducible: no timestamps, no tool versions.
 */
public final class PactGenerator {

    /**
     * Writes the pact files.
     *
     * @throws SpecException if an operation id is missing or unsafe, or the filter names an unknown operation or tag
     */
    public PactResult generate(PactOptions options) {
        List<Path> written = new ArrayList<>();
        List<SkippedExample> skipped = new ArrayList<>();
        List<String> adjustments = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        List<ApiOperation> all = new ArrayList<>();
        List<Selection> selected = new ArrayList<>();
        for (LoadedSpec spec : options.specs()) {
            List<ApiOperation> operations = SpecOperations.list(spec);
            all.addAll(operations);
            selected.add(new Selection(spec, operations.stream().filter(options.filter()::selects).toList()));
        }
        options.filter().requireKnown(all);
        for (Selection selection : selected) {
            LoadedSpec spec = selection.spec();
            String basePath = options.basePath(spec);
            InteractionFactory.Results results = interactions(spec, selection.operations(), options.version(), basePath);
            skipped.addAll(results.skipped);
            adjustments.addAll(results.adjustments);
            selection.operations().stream().map(ApiOperation::operationId)
                    .filter(id -> results.interactions.stream().noneMatch(i -> i.description().startsWith(id + " ")))
                    .forEach(id -> uncovered.add(spec.name() + " " + id));
            if (!results.interactions.isEmpty()) {
                PactDocument pact = PactDocument.of(options.version().version(), options.consumer(), options.provider(spec),
                        new PactOrigin(spec.name(), serverUrl(spec), basePath), results.interactions);
                written.add(JsonOutput.write(options.outputDir().resolve(options.fileName(spec)), PactWriter.json(pact)));
            }
        }
        return new PactResult(new GeneratedFiles(written), skipped, adjustments, uncovered);
    }

    private static InteractionFactory.Results interactions(LoadedSpec spec, List<ApiOperation> operations, PactSpecVersion version,
            String basePath) {
        Map<String, List<DocumentedExample>> examples = new LinkedHashMap<>();
        new ExampleCollector().collect(spec).forEach(e -> examples.computeIfAbsent(e.operationId(), k -> new ArrayList<>()).add(e));
        ResourceIds ids = new ResourceIds();
        InteractionFactory factory = new InteractionFactory(spec, version, basePath, ids);
        InteractionFactory.Results results = new InteractionFactory.Results();
        Map<String, ErrorInteractions.SentBody> bodies = new LinkedHashMap<>();
        for (ApiOperation operation : operations) {
            List<DocumentedExample> documented = examples.getOrDefault(operation.operationId(), List.of());
            factory.add(operation, documented, results);
            documented.stream().filter(e -> e.direction() == Direction.REQUEST && InteractionFactory.isJson(e.mediaType())).findFirst()
                    .flatMap(request -> factory.prepareQuietly(request).map(p -> new ErrorInteractions.SentBody(p.body(), request.mediaType())))
                    .ifPresent(body -> bodies.put(operation.operationId(), body));
        }
        results.interactions.addAll(factory.errors().interactions(operations, bodies, results));
        return results;
    }

    /** The path of the spec's first server URL ({@code /api/v2/chat}), without a trailing slash; empty without one. */
    static String serverPath(LoadedSpec spec) {
        String url = serverUrl(spec);
        if (url == null) {
            return "";
        }
        String path = url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*", "");
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String serverUrl(LoadedSpec spec) {
        JsonNode url = spec.tree().path("servers").path(0).get("url");
        return url == null ? null : url.asText();
    }

    private record Selection(LoadedSpec spec, List<ApiOperation> operations) {
    }
}
