package dev.chatcontracts.check.cli;

import dev.chatcontracts.contracts.cli.CliExit;
import dev.chatcontracts.contracts.cli.CommonRunOptions;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.findings.SeverityPolicy;
import dev.chatcontracts.contracts.reports.ConsoleReport;
import dev.chatcontracts.contracts.run.RunOutcome;
import dev.chatcontracts.contracts.run.RunReports;
import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import dev.chatcontracts.harness.ContractTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code check}: runs the provider suite and verifies the pacts against one target, and reports both in
 * one console summary, JUnit XML and HTML report.
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {"Runs the provider suite and verifies the pacts against a target, and reports every finding.",
            "Target: the embedded mock provider, unless CHAT_CONTRACTS_ZENDESK_URL or --zendesk-url names a real account;",
            "credentials come from the environment only (CHAT_CONTRACTS_ZENDESK_TOKEN, or CHAT_CONTRACTS_ZENDESK_EMAIL and",
            "CHAT_CONTRACTS_ZENDESK_PASSWORD; CHAT_CONTRACTS_SALESIQ_TOKEN). Writes only with CHAT_CONTRACTS_ALLOW_WRITES=true.",
            "Pacts: generated from the bundled specs at run time, or --pacts.",
            "On a real account every write is undone at the end, when a step fails, or on SIGINT/SIGTERM; --plan lists them.",
            "Interactions not sent and suite steps not run are findings (WARNING; ERROR with --require-complete).",
            "A response larger than --max-response-bytes, or a worker thread that dies (out of memory), stops the run: what was done is",
            "reported, and the exit code is 3.",
            CliExit.EXIT_CODES_LINE})
final class CheckCommand implements Callable<Integer> {

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Option(names = "--zendesk-url", paramLabel = "URL",
            description = "A real account's Zendesk Chat base URL, e.g. https://acme.zendesk.com/api/v2/chat (overrides CHAT_CONTRACTS_ZENDESK_URL).")
    private String zendeskUrl;

    @Option(names = "--salesiq-url", paramLabel = "URL",
            description = "A real account's SalesIQ base URL, e.g. https://salesiq.zoho.eu/api (overrides CHAT_CONTRACTS_SALESIQ_URL).")
    private String salesIqUrl;

    @Option(names = "--pacts", paramLabel = "FILE_OR_FOLDER", split = ",",
            description = "Pact files or folders of them to verify; repeatable. Default: the pacts of the bundled specs, generated now.")
    private List<Path> pacts = List.of();

    @Option(names = "--pact-version", paramLabel = "V3|V4", defaultValue = "V3",
            description = "The Pact specification of the generated pacts (default: ${DEFAULT-VALUE}).")
    private PactSpecVersion pactVersion;

    @Option(names = "--junit-xml", paramLabel = "PATH", defaultValue = "target/chat-contracts/check-junit.xml",
            description = "The JUnit XML report (default: ${DEFAULT-VALUE}).")
    private Path junitXml;

    @Option(names = "--html", paramLabel = "PATH", defaultValue = "target/chat-contracts/check.html",
            description = "The HTML report (default: ${DEFAULT-VALUE}).")
    private Path html;

    @Mixin
    private CommonRunOptions common;

    @Option(names = "--require-complete",
            description = "Every interaction must be sent and every suite step run: pact.verification.notSent and suite.step.notRun "
                    + "become ERROR (exit 1), whatever --severity says.")
    private boolean requireComplete;

    @Option(names = "--skip-suite", description = "Do not run the provider suite.")
    private boolean skipSuite;

    @Option(names = "--skip-pacts", description = "Do not verify pacts.")
    private boolean skipPacts;

    @Option(names = "--max-response-bytes", paramLabel = "BYTES", defaultValue = "52428800",
            description = "The most bytes of a response body read (default: ${DEFAULT-VALUE}, 50 MiB). A larger answer is abandoned and "
                    + "ends the run: what was done is reported, exit 3.")
    private long maxResponseBytes;

    @Option(names = "--plan", description = "Print every write the run would make on the target and how it is undone; send nothing.")
    private boolean plan;

    CheckCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() {
        return CliExit.guard(spec.commandLine().getErr(), "chat-contracts check", this::execute);
    }

    private Integer execute() throws IOException {
        SeverityPolicy policy = policy();
        PrintWriter err = spec.commandLine().getErr();
        CheckRun run = new CheckRun(common.quiet() ? line -> { } : line -> {
            err.println("chat-contracts check: " + line);
            err.flush();
        });
        if (plan) {
            try {
                PrintWriter out = spec.commandLine().getOut();
                run.plan(settings(policy)).forEach(out::println);
                out.flush();
                return CliExit.PASSED;
            } catch (CheckRun.CannotRun e) {
                err.println("chat-contracts check: " + e.getMessage());
                return CliExit.CANNOT_RUN;
            }
        }
        CheckRun.Result result;
        try {
            result = run.run(settings(policy));
        } catch (CheckRun.CannotRun e) {
            err.println("chat-contracts check: " + Redactor.redactText(e.getMessage()));
            return CliExit.CANNOT_RUN;
        }
        RunOutcome outcome = new RunReports(junitXml, html).conclude(result.report(), result.halted());
        if (outcome.stoppedAt(RunOutcome.Stage.REPORTS)) {
            err.println("chat-contracts check: cannot write a report: " + Redactor.redactText(outcome.problem().message()));
            return CliExit.CANNOT_RUN;
        }
        PrintWriter out = spec.commandLine().getOut();
        new ConsoleReport(common.quiet()).write(result.report(), out);
        out.println(result.summary());
        out.println("reports: " + junitXml + ", " + html);
        out.flush();
        if (outcome.stoppedAt(RunOutcome.Stage.HALTED)) {
            err.println("chat-contracts check: could not run: " + Redactor.redactText(outcome.problem().message()));
            err.flush();
        }
        return outcome.exitCode();
    }

    private CheckRun.Settings settings(SeverityPolicy policy) {
        if (maxResponseBytes <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-response-bytes must be positive: " + maxResponseBytes);
        }
        return new CheckRun.Settings(targetEnvironment(), pacts, pactVersion, skipSuite, skipPacts, policy, maxResponseBytes,
                common.specLimits());
    }

    private SeverityPolicy policy() {
        SeverityPolicy policy = common.severities();
        if (requireComplete) {
            for (String key : FindingKeys.INCOMPLETE) {
                policy = policy.with(key, Severity.ERROR);
            }
        }
        return policy;
    }

    /** The environment with the URL options applied; credentials stay the environment's. */
    private Map<String, String> targetEnvironment() {
        Map<String, String> target = new LinkedHashMap<>(environment);
        if (zendeskUrl != null) {
            target.put(ContractTarget.ZENDESK_URL, zendeskUrl);
        }
        if (salesIqUrl != null) {
            target.put(ContractTarget.SALESIQ_URL, salesIqUrl);
        }
        return target;
    }
}
