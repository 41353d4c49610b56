package dev.chatcontracts.harness.suite;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.contract.OperationMatch;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.contracts.reports.ValidationReport;
import dev.chatcontracts.contracts.run.ContractRun;
import dev.chatcontracts.contracts.run.RunInputs;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.ExchangeRecorder;
import dev.chatcontracts.harness.HarnessClients;
import dev.chatcontracts.harness.restore.UndoJournal;
import java.util.List;

/**
 * The provider contract suite: every documented operation exercised against a target through the
 * generated client, every response validated by the engine. Reads always; creates, updates and
 * deletes only where the target allows writes, each registered with its undo in an {@link UndoJournal}
 * before or as it is made: what the run creates is deleted, what it updates is read first and put back,
 * at the end of the run, when a step fails, or when the process is stopped. Visitors cannot be deleted:
 * a run on a real account reuses its own ({@link ContractTarget#VISITOR_ID}). A step not run is listed
 * ({@link SuiteReport#notRun()}) and is a result of its own with the finding {@code suite.step.notRun}.
 *
 * <p>Checks of its own, as findings: {@code suite.pagination.pageTooLarge}, {@code .duplicate},
 * {@code .missing}, {@code .notTerminated} (the {@code since_id}, {@code max_id}, {@code X-Next-Page} and
 * {@code next_url} walks); {@code suite.roundtrip.readOnlyChanged}, {@code .notApplied} (values written and
 * read back); {@code suite.error.unexpectedStatus} (the documented 401, 403, 404, 400); {@code suite.step.failed},
 * {@code suite.step.notRun}; {@code suite.visitor.created}, {@code suite.visitor.notOwn};
 * {@code restore.failed} (ERROR: the values to put back by hand).
 *
 * <p>Each exchange's result is labelled with the step that made it and the request's method and the
 * operation's path template ({@code list every agent: GET /agents}): the same from run to run.
 */
public final class ProviderSuite {

    /** The spec name of the result that holds the suite's own checks. */
    public static final String SUITE_CHECKS_SPEC = "provider suite";

    private final ValidationOptions options;

    public ProviderSuite(ValidationOptions options) {
        this.options = options;
    }

    public ProviderSuite() {
        this(ValidationOptions.defaults());
    }

    /** Runs the suite with a journal of its own, restored before this returns. */
    public SuiteReport run(ContractTarget target) {
        return run(target, new UndoJournal());
    }

    /**
     * Runs the suite, registering every write's undo in {@code journal} (which a caller may also restore on a
     * signal, see {@link UndoJournal#installShutdownHook}); the journal is restored before this returns.
     */
    public SuiteReport run(ContractTarget target, UndoJournal journal) {
        ExchangeRecorder recorder = new ExchangeRecorder();
        HarnessClients clients = new HarnessClients(target, recorder);
        SuiteContext context = new SuiteContext(target, clients.zendesk(), clients.salesIq().orElse(null), options.severities(),
                journal, recorder::size);
        try {
            AgentChecks.run(context);
            ChatChecks.run(context);
            VisitorAndAccountChecks.run(context);
            ErrorChecks.run(context);
        } finally {
            context.restore();
        }
        return new SuiteReport(target.describe(), context.steps(), validate(recorder.exchanges(), context), context.notRun());
    }

    private ValidationReport validate(List<Exchange> exchanges, SuiteContext context) {
        Contracts contracts = Contracts.bundled();
        ValidationReport validated = new ContractRun(new ContractValidator(contracts, options)).report(RunInputs.exchanges(exchanges));
        ValidationReport.Builder report = ValidationReport.builder();
        List<SuiteContext.StepStart> starts = context.starts();
        for (int i = 0; i < exchanges.size(); i++) {
            Exchange exchange = exchanges.get(i);
            ExchangeResult result = validated.results().get(i);
            report.add(result.toBuilder().label(stepOf(starts, i) + ": " + exchange.method() + " " + pathTemplate(contracts, exchange))
                    .build());
        }
        for (SuiteReport.NotRun step : context.notRun()) {
            report.add(notRun(contracts, step));
        }
        report.add(ExchangeResult.builder().specName(SUITE_CHECKS_SPEC).operationId("suite checks").label("suite checks")
                .addFindings(context.findings()).build());
        report.coverage(validated.coverage());
        return report.build();
    }

    private ExchangeResult notRun(Contracts contracts, SuiteReport.NotRun step) {
        ExchangeResult.Builder result = ExchangeResult.builder()
                .specName(contracts.operation(step.operationId()).map(m -> m.contract().name()).orElse(SUITE_CHECKS_SPEC))
                .operationId(step.operationId()).label(step.step()).notRun(step.reason());
        Severity severity = options.severities().severityOf(FindingKeys.SUITE_STEP_NOT_RUN);
        if (severity != Severity.OFF) {
            result.addFinding(Finding.builder(FindingKeys.SUITE_STEP_NOT_RUN).severity(severity).operationId(step.operationId())
                    .args("step", step.step(), "reason", step.reason()).build());
        }
        return result.build();
    }

    /** The step during which exchange {@code index} was made. */
    private static String stepOf(List<SuiteContext.StepStart> starts, int index) {
        String step = "suite";
        for (SuiteContext.StepStart start : starts) {
            if (start.firstExchange() > index) {
                break;
            }
            step = start.step();
        }
        return step;
    }

    /** The matched operation's path template ({@code /agents/{agent_id}}); else the request's path, no query. */
    private static String pathTemplate(Contracts contracts, Exchange exchange) {
        OperationMatch match = contracts.match(exchange.method(), exchange.url()).match();
        if (match != null) {
            return match.operation().path().template();
        }
        String path = Redactor.redactUrl(exchange.url()).replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*", "");
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
