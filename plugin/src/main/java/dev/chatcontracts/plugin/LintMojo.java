package dev.chatcontracts.plugin;

import dev.chatcontracts.plugin.lint.LintGoal;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the specs: parses them (remote {@code $ref} never fetched), checks every documented example
 * against its schema in its direction, and lists the recorded documentation discrepancies. Fails the
 * build on an undeclared problem; examples that break the spec where their {@code x-violates} says
 * are listed, not failed.
 *
 * @since 0.1.0
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class LintMojo extends AbstractSpecMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.lint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Whether a problem fails the build. <code>true</code> (the default) fails it; <code>false</code> only logs
     * the problems.
     *
     * @since 0.1.0
     */
    @Parameter(property = "chatcontracts.lint.failOnProblem", defaultValue = "true")
    private boolean failOnProblem;

    @Override
    protected boolean skipGoal() {
        return skip;
    }

    @Override
    protected String goal() {
        return "lint";
    }

    @Override
    protected void run(SpecSet specSet) throws MojoFailureException {
        LintGoal.Result result = new LintGoal().run(specSet.loaded());
        result.info().forEach(getLog()::info);
        result.problems().forEach(problem -> getLog().error(problem.toString()));
        if (!result.problems().isEmpty() && failOnProblem) {
            throw new MojoFailureException(result.failure());
        }
    }
}
