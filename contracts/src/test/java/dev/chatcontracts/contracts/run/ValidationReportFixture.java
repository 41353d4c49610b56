package dev.chatcontracts.contracts.run;

import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.contracts.reports.ValidationReport;
import java.util.List;

/** A small report made by hand, for the ends of a run that do not depend on how it was made. */
record ValidationReportFixture(ValidationReport report) {

    /** Two entries of one capture: one passing, one with a WARNING. */
    static ValidationReportFixture twoEntries() {
        ExchangeSource second = new ExchangeSource("session.har", 1);
        return new ValidationReportFixture(new ValidationReport(List.of(
                ExchangeResult.builder().source(new ExchangeSource("session.har", 0)).build(),
                ExchangeResult.builder().source(second).addFinding(Finding.builder(FindingKeys.RESPONSE_FIELD_UNKNOWN)
                        .severity(Severity.WARNING).source(second).literalMessage("undocumented").build()).build()), List.of()));
    }
}
