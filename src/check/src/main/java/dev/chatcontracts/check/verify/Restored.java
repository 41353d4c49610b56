package dev.chatcontracts.check.verify;

import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.findings.SeverityPolicy;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.harness.restore.UndoJournal;
import java.util.List;

/** Writes a run could not undo, as a result of ERROR findings {@code restore.failed} with the values to put back. */
public final class Restored {

    private Restored() {
    }

    /** One result named {@code part} ({@code "pact verification"}) with a finding per write left. */
    public static ExchangeResult result(String part, List<UndoJournal.Unrestored> left, SeverityPolicy policy) {
        ExchangeResult.Builder result = ExchangeResult.builder().specName(part).operationId("restore");
        Severity severity = policy.severityOf(FindingKeys.RESTORE_FAILED);
        if (severity != Severity.OFF) {
            for (UndoJournal.Unrestored write : left) {
                result.addFinding(Finding.builder(FindingKeys.RESTORE_FAILED).severity(severity).operationId("restore")
                        .expected(write.putBack()).actual(write.error())
                        .args("write", write.write(), "undo", write.undo(), "putBack", write.putBack()).build());
            }
        }
        return result.build();
    }
}
