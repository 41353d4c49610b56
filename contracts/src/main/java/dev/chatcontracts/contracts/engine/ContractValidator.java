package dev.chatcontracts.contracts.engine;

import dev.chatcontracts.contracts.checks.CheckOptions;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.exchange.BodyParser;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import java.util.Objects;

/**
 * The validation engine: checks exchanges against a set of specs. Thread-safe and stateless; the
 * read-only rules that compare an exchange with earlier ones need an {@link ExchangeSession}.
 *
 * <pre>{@code
 * ContractValidator validator = new ContractValidator(Contracts.bundled(), ValidationOptions.defaults());
 * ExchangeSession session = validator.newSession();
 * ExchangeResult first = session.validate(getAgent);
 * ExchangeResult second = session.validate(updateAgent); // may echo readOnly fields of the first
 * }</pre>
 */
public final class ContractValidator {

    private final Contracts contracts;
    private final ValidationOptions options;
    private final BodyParser parser;
    private final CheckOptions checkOptions;

    public ContractValidator(Contracts contracts, ValidationOptions options) {
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.options = Objects.requireNonNull(options, "options");
        this.parser = new BodyParser(options.maxBodyBytes(), options.maxNestingDepth());
        this.checkOptions = new CheckOptions(options.strictSpec(), options.volatileReadOnlyFields(),
                options.streamingThresholdBytes());
    }

    /** The bundled specs with default options. */
    public static ContractValidator bundled() {
        return new ContractValidator(Contracts.bundled(), ValidationOptions.defaults());
    }

    /** A new session: a sequence of exchanges in order, such as one capture file. */
    public ExchangeSession newSession() {
        return new ExchangeSession(contracts, options, checkOptions, parser);
    }

    /** Validates one exchange on its own (in a fresh session). */
    public ExchangeResult validate(Exchange exchange) {
        return newSession().validate(exchange);
    }

    public Contracts contracts() {
        return contracts;
    }

    public ValidationOptions options() {
        return options;
    }
}
