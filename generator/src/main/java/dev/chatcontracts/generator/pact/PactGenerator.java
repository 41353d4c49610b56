package dev.chatcontracts.generator.pact;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.generator.examples.DocumentedExample;
import dev.chatcontracts.generator.examples.ExampleCollector;
import dev.chatcontracts.generator.schemas.ApiOperation;
import dev.chatcontracts.generator.schemas.GeneratedFiles;
import dev.chatcontracts.generator.schemas.JsonOutput;
import dev.chatcontracts.generator.schemas.SpecOperations;
import dev.chatcontracts.generator.spec.LoadedSpec;
import dev.chatcontracts.generator.spec.SpecException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates Pact files (specification V3 or V4) from the documented examples of the specs, without
 * Pact JVM (what the plugin's {@code generate-pacts} goal runs).
 *
 * <p>One file per spec with at least one interaction, {@code <consumer>-<provider>.json} in the
 * output directory. Each documented example of an operation's 2xx JSON response becomes an
 * interaction {@code "<operationId> <example name>"}:
 * <ul>
 *   <li>Examples with {@code x-violates}, or that break the response view anyway, are skipped and
 *       reported with the reason ({@link PactResult#skipped()}).</li>
 *   <li>The request is the operation's method and path, relative to the spec's server URL: the
 *       consumer's base URL is the server URL, e.g. {@code https://{subdomain}.zendesk.com/api/v2/chat}
 *       (also recorded as {@code metadata.chatContracts.baseUrl}), so a verifier must target that
 *       URL, path prefix included. Path parameters and provider states: see {@link RequestTargets}.
 *       Required query parameters take their documented example.</li>
 *   <li>The request body is the request example of the same name, else the first, without the
 *       properties the request view forbids and without the places its {@code x-violates} names
 *       ({@link PactResult#adjustments()}).</li>
 *   <li>Headers are {@code Content-Type} and {@code Accept} only: credentials
 *       ({@code Authorization}, API keys) are never written.</li>
 *   <li>The response is the status, {@code Content-Type} and the example, with body matching rules
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
        List<ApiOperation> all = new ArrayList<>();
        List<Selection> selected = new ArrayList<>();
        for (LoadedSpec spec : options.specs()) {
            List<ApiOperation> operations = SpecOperations.list(spec);
            all.addAll(operations);
            selected.add(new Selection(spec, operations.stream().filter(options.filter()::selects).toList()));
        }
        options.filter().requireKnown(all);
        PactDocument document = new PactDocument(options.version());
        for (Selection selection : selected) {
            LoadedSpec spec = selection.spec();
            InteractionFactory.Results results = interactions(spec, selection.operations(), options.version());
            skipped.addAll(results.skipped);
            adjustments.addAll(results.adjustments);
            if (!results.interactions.isEmpty()) {
                JsonNode pact = document.render(options.consumer(), options.provider(spec), spec.name(), serverUrl(spec), results.interactions);
                written.add(JsonOutput.write(options.outputDir().resolve(options.fileName(spec)), JsonOutput.json(pact)));
            }
        }
        return new PactResult(new GeneratedFiles(written), skipped, adjustments);
    }

    private static InteractionFactory.Results interactions(LoadedSpec spec, List<ApiOperation> operations, PactSpecVersion version) {
        Map<String, List<DocumentedExample>> examples = new LinkedHashMap<>();
        new ExampleCollector().collect(spec).forEach(e -> examples.computeIfAbsent(e.operationId(), k -> new ArrayList<>()).add(e));
        InteractionFactory factory = new InteractionFactory(spec, version);
        InteractionFactory.Results results = new InteractionFactory.Results();
        operations.forEach(operation -> factory.add(operation, examples.getOrDefault(operation.operationId(), List.of()), results));
        return results;
    }

    private static String serverUrl(LoadedSpec spec) {
        JsonNode url = spec.tree().path("servers").path(0).get("url");
        return url == null ? null : url.asText();
    }

    private record Selection(LoadedSpec spec, List<ApiOperation> operations) {
    }
}
