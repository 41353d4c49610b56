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
import java.util.List;

/**
 * The provider contract suite: every documented operation exercised against a target through the
 * generated client, every response validated by the engine. Reads always; creates, updates and
 * deletes only where the target allows writes, and what the run created is deleted after it
 * (visitors have no delete operation and stay).
 *
 * <p>Checks of its own, as findings: {@code suite.pagination.pageTooLarge}, {@code .duplicate},
 * {@code .missing}, {@code .notTerminated}; {@code suite.roundtrip.readOnlyChanged},
 * {@code .notApplied}; {@code suite.step.failed}; {@code suite.cleanup.failed}.
 */
public final class ProviderSuite {

    private final ValidationOptions options;

    public ProviderSuite(ValidationOptions options) {
        this.options = options;
    }

    public ProviderSuite() {
        this(ValidationOptions.defaults());
    }

    public SuiteReport run(ContractTarget target) {
        ExchangeRecorder recorder = new ExchangeRecorder();
        HarnessClients clients = new HarnessClients(target, recorder);
        SuiteContext context = new SuiteContext(target, clients.zendesk(), clients.salesIq().orElse(null), options.severities());
        try {
            AgentChecks.run(context);
            ChatChecks.run(context);
            VisitorAndAccountChecks.run(context);
        } finally {
            context.runCleanups();
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
