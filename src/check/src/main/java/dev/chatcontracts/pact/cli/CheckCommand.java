package dev.chatcontracts.pact.cli;

import dev.chatcontracts.contracts.cli.CliExit;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.findings.SeverityOverrides;
import dev.chatcontracts.contracts.findings.SeverityPolicy;
import dev.chatcontracts.contracts.reports.ConsoleReport;
import dev.chatcontracts.contracts.reports.HtmlReport;
import dev.chatcontracts.contracts.reports.JUnitXmlReport;
import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import dev.chatcontracts.openapi.spec.SpecLimits;
import dev.chatcontracts.harness.ContractTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
            "Exit code: 0 no ERROR finding, 1 ERROR findings, 2 invalid usage, 3 the run could not be done, 130 interrupted."})
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

    @Option(names = "--severity", paramLabel = "KEY=LEVEL",
            description = "The severity (ERROR, WARNING, INFO, OFF) of a finding key or prefix; repeatable, e.g. pact.verification.notSent=ERROR.")
    private List<String> severities = new ArrayList<>();

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

    @Option(names = "--spec-limit", paramLabel = "KEY=VALUE",
            description = "Raises or lowers a limit the bundled specs are read within for the generated pacts; repeatable. Keys: "
                    + "codePoints (default 3145728), nestingDepth (200), aliases (50), expandedNodes (1000000). Beyond it: exit 3.")
    private Map<String, Long> specLimits = new LinkedHashMap<>();

    @Option(names = "--quiet", description = "Print the totals and the verdict only; no progress.")
    private boolean quiet;

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
        CheckRun run = new CheckRun(quiet ? line -> { } : line -> {
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
        try {
            new JUnitXmlReport().write(result.report(), junitXml);
            new HtmlReport().write(result.report(), html);
        } catch (IOException e) {
            err.println("chat-contracts check: cannot write a report: " + Redactor.redactText(e.getMessage()));
            return CliExit.CANNOT_RUN;
        }
        PrintWriter out = spec.commandLine().getOut();
        new ConsoleReport(quiet).write(result.report(), out);
        out.println(result.summary());
        out.println("reports: " + junitXml + ", " + html);
        out.flush();
        if (result.halted() != null) {
            err.println("chat-contracts check: could not run: " + Redactor.redactText(result.halted()));
            err.flush();
            return CliExit.CANNOT_RUN;
        }
        return result.report().hasErrors() ? CliExit.FINDINGS : CliExit.PASSED;
    }

    private CheckRun.Settings settings(SeverityPolicy policy) {
        if (maxResponseBytes <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-response-bytes must be positive: " + maxResponseBytes);
        }
        SpecLimits limits;
        try {
            limits = SpecLimits.defaults().with(specLimits);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--spec-limit: " + e.getMessage());
        }
        return new CheckRun.Settings(targetEnvironment(), pacts, pactVersion, skipSuite, skipPacts, policy, maxResponseBytes, limits);
    }

    private SeverityPolicy policy() {
        try {
            SeverityPolicy policy = SeverityOverrides.fromSettings(severities);
            if (requireComplete) {
                for (String key : FindingKeys.INCOMPLETE) {
                    policy = policy.with(key, Severity.ERROR);
                }
            }
            return policy;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
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
