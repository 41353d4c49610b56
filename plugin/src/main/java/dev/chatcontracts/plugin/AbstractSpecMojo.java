package dev.chatcontracts.plugin;

import dev.chatcontracts.openapi.model.OperationFilter;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.SpecException;
import dev.chatcontracts.openapi.model.SpecLimits;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters every goal shares: which specs, which operations, and the skip switch. */
public abstract class AbstractSpecMojo extends AbstractMojo {

    /**
     * Your own OpenAPI 3.0 spec files. When empty, the bundled specs named by {@code bundledSpecs} are used.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.specs")
    protected List<File> specs;

    /**
     * Which bundled specs to use when {@code specs} is empty: {@code zendesk-chat}, {@code zoho-salesiq}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.bundledSpecs", defaultValue = "zendesk-chat,zoho-salesiq")
    protected List<String> bundledSpecs;

    /**
     * Only these operation ids (with {@code tags}: either selects). Empty selects every operation.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.operations")
    protected Set<String> operations;

    /**
     * Only the operations with these tags (with {@code operations}: either selects). Empty selects every operation.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.tags")
    protected Set<String> tags;

    /**
     * The most code points of a spec (default 3145728); a larger spec fails the goal. See {@code SpecLimits}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.specMaxCodePoints")
    protected Long specMaxCodePoints;

    /**
     * The most levels of YAML/JSON nesting of a spec (default 200).
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.specMaxNestingDepth")
    protected Long specMaxNestingDepth;

    /**
     * The most aliases of collections in a spec (default 50).
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.specMaxAliases")
    protected Long specMaxAliases;

    /**
     * The most nodes of a spec once every YAML alias is expanded (default 1000000).
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.specMaxExpandedNodes")
    protected Long specMaxExpandedNodes;

    /**
     * Skips every goal of this plugin.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.skip", defaultValue = "false")
    protected boolean skipAll;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skipAll || skipGoal()) {
            getLog().info("Skipping " + goal() + " (chatcontracts.skip or the goal's skip parameter)");
            return;
        }
        SpecSet loaded;
        try {
            loaded = new SpecSources().read(specs, bundledSpecs, specLimits());
        } catch (SpecException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        try {
            run(loaded);
        } catch (SpecException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MojoExecutionException(goal() + " failed: " + e, e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new MojoFailureException(goal() + ": the specs could not be processed ("
                    + (e instanceof StackOverflowError ? "nested or recursive too deeply" : "out of memory") + ")");
        }
    }

    /** The spec limits: the defaults with the {@code specMax*} parameters that are set; a value below 1 fails the goal. */
    protected SpecLimits specLimits() throws MojoFailureException {
        Map<String, Long> limits = new LinkedHashMap<>();
        putIfSet(limits, "codePoints", specMaxCodePoints);
        putIfSet(limits, "nestingDepth", specMaxNestingDepth);
        putIfSet(limits, "aliases", specMaxAliases);
        putIfSet(limits, "expandedNodes", specMaxExpandedNodes);
        try {
            return SpecLimits.defaults().with(limits);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(goal() + ": " + e.getMessage());
        }
    }

    private static void putIfSet(Map<String, Long> limits, String key, Long value) {
        if (value != null) {
            limits.put(key, value);
        }
    }

    /** The goal's own skip flag. */
    protected abstract boolean skipGoal();

    /** The goal's name, for messages. */
    protected abstract String goal();

    /** Does the goal's work on the specs (parsed on demand, see {@link SpecSet#loaded()}). */
    protected abstract void run(SpecSet specs) throws MojoExecutionException, MojoFailureException;

    protected Set<String> operationIds() {
        return operations == null ? Set.of() : operations;
    }

    protected Set<String> tagNames() {
        return tags == null ? Set.of() : tags;
    }

    /** The selection of operations, as the generation API takes it. */
    protected dev.chatcontracts.openapi.model.OperationFilter operationFilter() {
        return new dev.chatcontracts.openapi.model.OperationFilter(operationIds(), tagNames());
    }

    protected java.nio.file.Path buildDirectory() {
        return new File(project.getBuild().getDirectory()).toPath().toAbsolutePath().normalize();
    }

    /** The state file of a goal's incremental build. */
    protected java.nio.file.Path stateFile(String name) {
        return new File(project.getBuild().getDirectory(), "chat-contracts-state/" + name + ".properties").toPath();
    }
}
