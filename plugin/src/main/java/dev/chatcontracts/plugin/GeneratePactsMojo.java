package dev.chatcontracts.plugin;

import dev.chatcontracts.generator.pact.PactGenerator;
import dev.chatcontracts.generator.pact.PactOptions;
import dev.chatcontracts.generator.pact.PactResult;
import dev.chatcontracts.generator.pact.PactSpecVersion;
import dev.chatcontracts.generator.spec.LoadedSpec;
import dev.chatcontracts.plugin.incremental.IncrementalGeneration;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a Pact file per spec (v3 by default, v4 by option) in plain Java, with at least one interaction
 * for every operation: each documented example of a success response (the documentation's wrong ones,
 * {@code x-violates}, as corrected copies naming the D-id), bodies built from the schema where no
 * example serves (204 deletes, the ids-to-docs map), and the documented errors (401 without
 * credentials, 404 for unknown resources, 400 for a parameter above its maximum). Paths are the full
 * request paths on the provider; every interaction has resources of its own, with provider states
 * that any Pact verifier can set on the mock provider ({@code POST /_pact/provider-states}). Request
 * bodies lose readOnly fields; matching rules come from the response schema. No credentials are ever
 * written.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate-pacts", defaultPhase = LifecyclePhase.GENERATE_TEST_RESOURCES, threadSafe = true)
public class GeneratePactsMojo extends AbstractSpecMojo {

    /**
     * Where the pact files go.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.pacts.outputDirectory", defaultValue = "${project.build.directory}/pacts")
    private File outputDirectory;

    /**
     * The consumer named in the pacts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.pacts.consumer", defaultValue = PactOptions.DEFAULT_CONSUMER)
    private String consumer;

    /**
     * The provider name per spec name, e.g. an element {@code zendesk-chat} with the
     * text {@code zendesk-chat-api}; by
     * default the spec's name.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> providers;

    /**
     * The base path each request path starts with, per spec name; by default the path of the spec's first
     * server URL ({@code /api/v2/chat} for {@code zendesk-chat}, {@code /api} for {@code zoho-salesiq}). For
     * consumers on the legacy {@code www.zopim.com} layout:
     * an element {@code zendesk-chat} with the text
     * {@code /api/v2} inside {@code basePaths}.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> basePaths;

    /**
     * The Pact specification version: {@code V3} or {@code V4}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.pacts.version", defaultValue = "V3")
    private String pactVersion;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.pacts.skip", defaultValue = "false")
    private boolean skip;

    @Override
    protected boolean skipGoal() {
        return skip;
    }

    @Override
    protected String goal() {
        return "generate-pacts";
    }

    @Override
    protected void run(SpecSet specs) throws MojoFailureException {
        PactSpecVersion version = version();
        PactOptions.Builder options = PactOptions.builder().outputDir(outputDirectory.toPath())
                .consumer(consumer).version(version).filter(operationFilter());
        Map<String, String> named = providers == null ? Map.of() : providers;
        named.forEach(options::provider);
        Map<String, String> bases = basePaths == null ? Map.of() : basePaths;
        bases.forEach(options::basePath);
        PactOptions built;
        try {
            built = options.specs(specs.loaded()).build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("generate-pacts: " + e.getMessage(), e);
        }
        PactResult[] result = new PactResult[1];
        IncrementalGeneration.Outcome outcome = new IncrementalGeneration(stateFile("generate-pacts"), buildDirectory())
                .run(fingerprint(specs)
                        .config("outputDirectory", relativeToBuildDirectory(List.of(outputDirectory.toPath())))
                        .config("consumer", consumer)
                        .config("providers", new java.util.TreeMap<>(named))
                        .config("pactVersion", version)
                        .config("basePaths", new java.util.TreeMap<>(bases))
                        .build(), () -> {
                            result[0] = new PactGenerator().generate(built);
                            return relativeToBuildDirectory(result[0].files().files());
                        });
        if (outcome.upToDate()) {
            getLog().info("Pacts are up to date (" + outcome.files().size() + " files)");
            return;
        }
        getLog().info("Generated " + outcome.files().size() + " pact files (" + version + ") because " + outcome.reason());
        result[0].skipped().forEach(s -> getLog().info("  skipped " + s.operationId() + " " + s.status() + " " + s.example() + ": " + s.reason()));
        result[0].adjustments().forEach(a -> getLog().info("  adjusted: " + a));
        result[0].uncovered().forEach(u -> getLog().warn("  no interaction for " + u + ": it has no 2xx response, or every example breaks the spec"));
    }

    private PactSpecVersion version() throws MojoFailureException {
        try {
            return PactSpecVersion.valueOf(pactVersion.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("pactVersion must be V3 or V4, not " + pactVersion);
        }
    }
}
