package dev.chatcontracts.contracts.assertions;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ExchangeSession;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Exchange}. Configure first ({@link #withOptions}, {@link #withSeverity},
 * {@link #inSession}, {@link #against}), then assert. {@code conformsTo} fails when any finding is an
 * ERROR, and lists every finding; {@link #hasFinding}/{@link #hasNoFinding} check finding keys against
 * the bundled specs, or the specs {@link #against} chose.
 */
public final class ExchangeAssert extends AbstractAssert<ExchangeAssert, Exchange> {

    private ValidationOptions options = ValidationOptions.defaults();
    private Contracts contracts;
    private ExchangeSession session;
    private ExchangeResult validated;

    ExchangeAssert(Exchange actual) {
        super(actual, ExchangeAssert.class);
    }

    /** Validates with these options (severities, limits). */
    public ExchangeAssert withOptions(ValidationOptions validationOptions) {
        this.options = validationOptions;
        this.validated = null;
        return myself;
    }

    /** Sets the severity of a finding key or prefix. */
    public ExchangeAssert withSeverity(String keyOrPrefix, Severity severity) {
        this.options = options.toBuilder().severity(keyOrPrefix, severity).build();
        this.validated = null;
        return myself;
    }

    /**
     * Validates in an existing session, so the read-only rules see the earlier exchanges of a test;
     * the session's specs and options are used.
     */
    public ExchangeAssert inSession(ExchangeSession exchangeSession) {
        this.session = exchangeSession;
        this.validated = null;
        return myself;
    }

    /** Chooses the specs for {@link #hasFinding}/{@link #hasNoFinding}. */
    public ExchangeAssert against(Contracts chosen) {
        this.contracts = chosen;
        this.validated = null;
        return myself;
    }

    public ExchangeAssert conformsTo(LoadedSpec spec) {
        return conformsTo(ExchangeAssertions.contractOf(spec));
    }

    public ExchangeAssert conformsTo(ApiContract contract) {
        return conformsTo(Contracts.of(contract));
    }

    public ExchangeAssert conformsTo(Contracts chosen) {
        against(chosen);
        ExchangeResult result = result();
        if (!result.passed()) {
            failWithMessage("Expected %s to conform to %s, but it has ERROR findings:%n%s", result.describe(),
                    chosen.all().stream().map(ApiContract::name).collect(Collectors.joining(", ")), list(result.findings()));
        }
        return myself;
    }

    public ExchangeAssert conformsToBundledSpecs() {
        return conformsTo(Contracts.bundled());
    }

    /** Asserts that validation finds {@code key} (any severity but OFF). */
    public ExchangeAssert hasFinding(String key) {
        List<Finding> findings = result().findings();
        if (findings.stream().noneMatch(f -> f.key().equals(key))) {
            failWithMessage("Expected a finding %s for %s, but found:%n%s", key, result().describe(), list(findings));
        }
        return myself;
    }

    /** Asserts that validation does not find {@code key}. */
    public ExchangeAssert hasNoFinding(String key) {
        List<Finding> findings = result().findings();
        if (findings.stream().anyMatch(f -> f.key().equals(key))) {
            failWithMessage("Expected no finding %s for %s, but found:%n%s", key, result().describe(), list(findings));
        }
        return myself;
    }

    /**
     * The validation result: validated once, on first use after the last configuration change (so a
     * session sees the exchange once however many assertions follow).
     */
    public ExchangeResult result() {
        isNotNull();
        if (validated == null) {
            validated = session != null ? session.validate(actual)
                    : new ContractValidator(contracts == null ? Contracts.bundled() : contracts, options).validate(actual);
        }
        return validated;
    }

    private static String list(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "  (no findings)";
        }
        return findings.stream().map(f -> "  " + f.summary()
                + (f.expected() == null ? "" : " (expected " + f.expected() + ", actual " + f.actual() + ")"))
                .collect(Collectors.joining("\n"));
    }
}
