package dev.chatcontracts.contracts.cli;

import dev.chatcontracts.contracts.findings.SeverityOverrides;
import dev.chatcontracts.contracts.findings.SeverityPolicy;
import dev.chatcontracts.openapi.model.SpecLimits;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.Options;

/**
 * The options every run command shares ({@code validate}, {@code check-pact}, and {@code src/check}'s {@code check}):
 * the severities, the spec limits and {@code --quiet}, each declared once ({@link #declare}) and read and refused the
 * same way (a bad value is a usage error, exit 2).
 */
public class CommonRunOptions {

    private final List<String> severities;
    private final Map<String, Long> specLimits;
    private final boolean quiet;

    /** Reads the shared options of a parsed command line. */
    public CommonRunOptions(CliArgs args) {
        this.severities = args.strings("severity");
        this.specLimits = args.keyValues("spec-limit", CliArgs::longValue);
        this.quiet = args.flag("quiet");
    }

    /** Adds the shared options to a command's options. */
    public static Options declare(Options options) {
        return options
                .addOption(CliCommand.valued("severity", "KEY=LEVEL", "The severity (ERROR, WARNING, INFO, OFF) of a "
                        + "finding key or key prefix; repeatable. A prefix covers longer keys: response.field=WARNING, "
                        + "pact.verification.notSent=ERROR."))
                .addOption(CliCommand.valued("spec-limit", "KEY=VALUE", "Raises or lowers a limit every spec is read "
                        + "within (check: the bundled specs its pacts are generated from); repeatable. Keys: codePoints "
                        + "(default 3145728), nestingDepth (200), aliases (50 aliases of collections), expandedNodes "
                        + "(1000000 nodes once aliases are expanded). Beyond it: exit 3."))
                .addOption(CliCommand.flag("quiet", "Print the totals and the verdict only; no progress."));
    }

    /** The severities given ({@code --severity}); a bad key or level is a usage error. */
    public SeverityPolicy severities() {
        try {
            return SeverityOverrides.fromSettings(severities);
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(e.getMessage());
        }
    }

    /** The spec limits, the defaults with {@code --spec-limit} applied; a bad key or value is a usage error. */
    public SpecLimits specLimits() {
        try {
            return SpecLimits.defaults().with(specLimits);
        } catch (IllegalArgumentException e) {
            throw new CliUsageException("--spec-limit: " + e.getMessage());
        }
    }

    /** Whether only the totals and the verdict are printed ({@code --quiet}). */
    public boolean quiet() {
        return quiet;
    }
}
