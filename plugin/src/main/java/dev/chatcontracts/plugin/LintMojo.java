package dev.chatcontracts.plugin;

import dev.chatcontracts.generator.lint.LintProblem;
import dev.chatcontracts.generator.lint.LintReport;
import dev.chatcontracts.generator.lint.SpecLinter;
import dev.chatcontracts.generator.spec.LoadedSpec;
import java.util.ArrayList;
import java.util.List;
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
        List<LoadedSpec> specs = specSet.loaded();
        List<LintProblem> problems = new ArrayList<>();
        for (LoadedSpec spec : specs) {
            LintReport report = new SpecLinter().lint(spec);
            getLog().info(spec.name() + ": " + report.examplesChecked() + " examples checked, " + report.problems().size()
                    + " problems, discrepancies recorded: " + (report.discrepancies().isEmpty() ? "none" : String.join(" ", report.discrepancies())));
            report.declaredViolations().forEach(v -> getLog().info("  documented example breaks the spec as declared: " + v));
            report.problems().forEach(p -> getLog().error(p.toString()));
            problems.addAll(report.problems());
        }
        if (!problems.isEmpty() && failOnProblem) {
            throw new MojoFailureException(problems.size() + " spec problem(s); the first: " + problems.get(0));
        }
    }
}
