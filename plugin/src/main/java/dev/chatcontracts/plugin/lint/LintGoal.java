package dev.chatcontracts.plugin.lint;

import dev.chatcontracts.openapi.lint.LintProblem;
import dev.chatcontracts.openapi.lint.LintReport;
import dev.chatcontracts.openapi.lint.SpecLinter;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.util.ArrayList;
import java.util.List;

/** What the {@code lint} goal does, without Maven: lint each spec and say what it found. */
public final class LintGoal {

    /**
     * What linting found.
     *
     * @param info     the lines to log at INFO: per spec, the examples checked, the problems and the discrepancies
     *                 recorded, and each documented example that breaks the spec as it declares
     * @param problems every problem, in spec order
     */
    public record Result(List<String> info, List<LintProblem> problems) {

        /** The failure message when the build must fail, naming the count and the first problem. */
        public String failure() {
            return problems.size() + " spec problem(s); the first: " + problems.get(0);
        }
    }

    public Result run(List<LoadedSpec> specs) {
        List<String> info = new ArrayList<>();
        List<LintProblem> problems = new ArrayList<>();
        for (LoadedSpec spec : specs) {
            LintReport report = new SpecLinter().lint(spec);
            info.add(spec.name() + ": " + report.examplesChecked() + " examples checked, " + report.problems().size()
                    + " problems, discrepancies recorded: "
                    + (report.discrepancies().isEmpty() ? "none" : String.join(" ", report.discrepancies())));
            report.declaredViolations().forEach(v -> info.add("  documented example breaks the spec as declared: " + v));
            problems.addAll(report.problems());
        }
        return new Result(List.copyOf(info), List.copyOf(problems));
    }
}
