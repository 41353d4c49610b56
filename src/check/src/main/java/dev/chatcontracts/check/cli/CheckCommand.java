package dev.chatcontracts.check.cli;

import dev.chatcontracts.contracts.cli.CliArgs;
import dev.chatcontracts.contracts.cli.CliCommand;
import dev.chatcontracts.contracts.cli.CliExit;
import dev.chatcontracts.contracts.cli.CliStreams;
import dev.chatcontracts.contracts.cli.CliUsageException;
import dev.chatcontracts.contracts.cli.CommonRunOptions;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.findings.SeverityPolicy;
import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import dev.chatcontracts.contracts.reports.ConsoleReport;
import dev.chatcontracts.contracts.run.RunOutcome;
import dev.chatcontracts.contracts.run.RunReports;
import dev.chatcontracts.harness.ContractTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.Options;

/**
 * {@code check}: runs the provider suite and verifies the pacts against one target, and reports both in
 * one console summary, JUnit XML and HTML report.
 */
final class CheckCommand implements CliCommand {

    private static final String JUNIT_XML = "target/chat-contracts/check-junit.xml";
    private static final String HTML = "target/chat-contracts/check.html";
    private static final long MAX_RESPONSE_BYTES = 52428800;

    private final Map<String, String> environment;

    CheckCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public List<String> description() {
        return List.of("Runs the provider suite and verifies the pacts against a target, and reports every finding.",
                "Target: the embedded mock provider, unless CHAT_CONTRACTS_ZENDESK_URL or --zendesk-url names a real account;",
                "credentials come from the environment only (CHAT_CONTRACTS_ZENDESK_TOKEN, or CHAT_CONTRACTS_ZENDESK_EMAIL and",
                "CHAT_CONTRACTS_ZENDESK_PASSWORD; CHAT_CONTRACTS_SALESIQ_TOKEN). Writes only with CHAT_CONTRACTS_ALLOW_WRITES=true.",
                "Pacts: generated from the bundled specs at run time, or --pacts.",
                "On a real account every write is undone at the end, when a step fails, or on SIGINT/SIGTERM; --plan lists them.",
                "Interactions not sent and suite steps not run are findings (WARNING; ERROR with --require-complete).",
                "A response larger than --max-response-bytes, or a worker thread that dies (out of memory), stops the run: what was done is",
                "reported, and the exit code is 3.",
                CliExit.EXIT_CODES_LINE);
    }

    @Override
    public String parameters() {
        return "";
    }

    @Override
    public Options options() {
        Options options = new Options()
                .addOption(CliCommand.valued("zendesk-url", "URL", "A real account's Zendesk Chat base URL, e.g. "
                        + "https://acme.zendesk.com/api/v2/chat (overrides CHAT_CONTRACTS_ZENDESK_URL)."))
                .addOption(CliCommand.valued("salesiq-url", "URL", "A real account's SalesIQ base URL, e.g. https://salesiq.zoho.eu/api "
                        + "(overrides CHAT_CONTRACTS_SALESIQ_URL)."))
                .addOption(CliCommand.valued("pacts", "FILE_OR_FOLDER", "Pact files or folders of them to verify (comma-separated, or "
                        + "repeated). Default: the pacts of the bundled specs, generated now."))
                .addOption(CliCommand.valued("pact-version", "V3|V4", "The Pact specification of the generated pacts (default: V3)."))
                .addOption(CliCommand.valued("junit-xml", "PATH", "The JUnit XML report (default: " + JUNIT_XML + ")."))
                .addOption(CliCommand.valued("html", "PATH", "The HTML report (default: " + HTML + ")."));
        CommonRunOptions.declare(options)
                .addOption(CliCommand.flag("require-complete", "Every interaction must be sent and every suite step run: "
                        + "pact.verification.notSent and suite.step.notRun become ERROR (exit 1), whatever --severity says."))
                .addOption(CliCommand.flag("skip-suite", "Do not run the provider suite."))
                .addOption(CliCommand.flag("skip-pacts", "Do not verify pacts."))
                .addOption(CliCommand.valued("max-response-bytes", "BYTES", "The most bytes of a response body read (default: "
                        + MAX_RESPONSE_BYTES + ", 50 MiB). A larger answer is abandoned and ends the run: what was done is "
                        + "reported, exit 3."))
                .addOption(CliCommand.flag("plan", "Print every write the run would make on the target and how it is undone; send nothing."));
        return options;
    }

    @Override
    public int run(CliArgs args, CliStreams streams) throws IOException {
        return new Run(args, streams).execute();
    }

    /** One run of the command: its options read, then the check or the plan. */
    private final class Run {

        private final CliStreams streams;
        private final CommonRunOptions common;
        private final String zendeskUrl;
        private final String salesIqUrl;
        private final List<Path> pacts;
        private final PactSpecVersion pactVersion;
        private final Path junitXml;
        private final Path html;
        private final boolean requireComplete;
        private final boolean skipSuite;
        private final boolean skipPacts;
        private final long maxResponseBytes;
        private final boolean plan;

        Run(CliArgs args, CliStreams streams) {
            this.streams = streams;
            this.common = new CommonRunOptions(args);
            this.zendeskUrl = args.string("zendesk-url", null);
            this.salesIqUrl = args.string("salesiq-url", null);
            this.pacts = args.values("pacts", ",", CliArgs::path);
            this.pactVersion = args.value("pact-version", CliArgs.constantOf(PactSpecVersion.class), PactSpecVersion.V3);
            this.junitXml = args.value("junit-xml", CliArgs::path, Path.of(JUNIT_XML));
            this.html = args.value("html", CliArgs::path, Path.of(HTML));
            this.requireComplete = args.flag("require-complete");
            this.skipSuite = args.flag("skip-suite");
            this.skipPacts = args.flag("skip-pacts");
            this.maxResponseBytes = args.value("max-response-bytes", CliArgs::longValue, MAX_RESPONSE_BYTES);
            this.plan = args.flag("plan");
        }

        private int execute() throws IOException {
            SeverityPolicy policy = policy();
            PrintWriter err = streams.err();
            CheckRun run = new CheckRun(common.quiet() ? line -> { } : line -> {
                err.println("chat-contracts check: " + line);
                err.flush();
            });
            if (plan) {
                try {
                    PrintWriter out = streams.out();
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
            PrintWriter out = streams.out();
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
                throw new CliUsageException("--max-response-bytes must be positive: " + maxResponseBytes);
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
}
