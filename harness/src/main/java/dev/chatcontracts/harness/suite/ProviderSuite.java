package dev.chatcontracts.harness.suite;

import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.Contracts;
import dev.chatcontracts.contracts.engine.Exchange;
import dev.chatcontracts.contracts.engine.ExchangeSession;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.report.ExchangeResult;
import dev.chatcontracts.contracts.report.Finding;
import dev.chatcontracts.contracts.report.ValidationReport;
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
 * a run on a real account reuses its own ({@link ContractTarget#VISITOR_ID}).
 *
 * <p>Checks of its own, as findings: {@code suite.pagination.pageTooLarge}, {@code .duplicate},
 * {@code .missing}, {@code .notTerminated} (the {@code since_id}, {@code max_id}, {@code X-Next-Page} and
 * {@code next_url} walks); {@code suite.roundtrip.readOnlyChanged}, {@code .notApplied} (values written and
 * read back); {@code suite.error.unexpectedStatus} (the documented 401, 403, 404, 400); {@code suite.step.failed},
 * {@code suite.step.notRun}; {@code suite.visitor.created}, {@code suite.visitor.notOwn};
 * {@code restore.failed} (ERROR: the values to put back by hand).
 */
public final class ProviderSuite {

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
        SuiteContext context = new SuiteContext(target, clients.zendesk(), clients.salesIq().orElse(null), options.severities(), journal);
        try {
            AgentChecks.run(context);
            ChatChecks.run(context);
            VisitorAndAccountChecks.run(context);
            ErrorChecks.run(context);
        } finally {
            context.restore();
        }
        return new SuiteReport(target.describe(), context.steps(), validate(recorder.exchanges(), context.findings()));
    }

    private ValidationReport validate(List<Exchange> exchanges, List<Finding> suiteFindings) {
        ExchangeSession session = new ContractValidator(Contracts.bundled(), options).newSession();
        ValidationReport.Builder report = ValidationReport.builder();
        exchanges.forEach(exchange -> report.add(session.validate(exchange)));
        report.add(ExchangeResult.builder().specName("provider suite").operationId("suite checks").addFindings(suiteFindings).build());
        report.coverage(session.coverage().summary());
        return report.build();
    }
}
