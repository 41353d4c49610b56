package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.findings.SeverityOverrides;
import dev.chatcontracts.contracts.findings.SeverityPolicy;
import dev.chatcontracts.openapi.model.SpecLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every run command shares ({@code validate}, {@code check-pact}, and {@code src/check}'s {@code check}):
 * the severities, the spec limits and {@code --quiet}, each read and refused the same way (a bad value is a usage
 * error, exit 2). A picocli mixin.
 */
public class CommonRunOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--severity", paramLabel = "KEY=LEVEL",
            description = "The severity (ERROR, WARNING, INFO, OFF) of a finding key or key prefix; repeatable. "
                    + "A prefix covers longer keys: response.field=WARNING, pact.verification.notSent=ERROR.")
    private List<String> severities = new ArrayList<>();

    @Option(names = "--spec-limit", paramLabel = "KEY=VALUE",
            description = "Raises or lowers a limit every spec is read within (check: the bundled specs its pacts are generated "
                    + "from); repeatable. Keys: codePoints (default 3145728), nestingDepth (200), aliases (50 aliases of "
                    + "collections), expandedNodes (1000000 nodes once aliases are expanded). Beyond it: exit 3.")
    private Map<String, Long> specLimits = new LinkedHashMap<>();

    @Option(names = "--quiet", description = "Print the totals and the verdict only; no progress.")
    private boolean quiet;

    /** The severities given ({@code --severity}); a bad key or level is a usage error. */
    public SeverityPolicy severities() {
        try {
            return SeverityOverrides.fromSettings(severities);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The spec limits, the defaults with {@code --spec-limit} applied; a bad key or value is a usage error. */
    public SpecLimits specLimits() {
        try {
            return SpecLimits.defaults().with(specLimits);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--spec-limit: " + e.getMessage());
        }
    }

    /** Whether only the totals and the verdict are printed ({@code --quiet}). */
    public boolean quiet() {
        return quiet;
    }

    /** The command these options belong to. */
    protected CommandSpec command() {
        return spec;
    }
}
