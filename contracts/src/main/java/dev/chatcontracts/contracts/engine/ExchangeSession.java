package dev.chatcontracts.contracts.engine;

import dev.chatcontracts.contracts.checks.BodyTree;
import dev.chatcontracts.contracts.checks.CheckOptions;
import dev.chatcontracts.contracts.checks.FieldCoverage;
import dev.chatcontracts.contracts.checks.ParameterCheck;
import dev.chatcontracts.contracts.checks.RequestCheck;
import dev.chatcontracts.contracts.checks.ResourceMemory;
import dev.chatcontracts.contracts.checks.ResponseCheck;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.contract.MatchOutcome;
import dev.chatcontracts.contracts.contract.OperationMatch;
import dev.chatcontracts.contracts.exchange.BodyParser;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingSink;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import java.time.Duration;

/**
 * Validates a sequence of exchanges in order, remembering the last response body of each resource
 * (same spec, same path) for the read-only rules: a request that sends back a readOnly value the
 * resource returned earlier gets {@code request.field.readOnly.echo} rather than {@code
 * request.field.readOnly}, and an update whose response changes a readOnly field gets {@code
 * response.field.readOnly.changed}. Also counts field coverage. Not thread-safe: one session per
 * sequence. Exchanges are redacted before anything of them is kept; a remembered body's tree is read,
 * and redacted, only when a rule compares it.
 */
public final class ExchangeSession {

    private final Contracts contracts;
    private final ValidationOptions options;
    private final RequestCheck requestCheck;
    private final ResponseCheck responseCheck;
    private final ResourceMemory memory;
    private final FieldCoverage coverage = new FieldCoverage();

    /** @param checkOptions what the checks need of {@code options}, made once per validator */
    ExchangeSession(Contracts contracts, ValidationOptions options, CheckOptions checkOptions, BodyParser parser) {
        this.contracts = contracts;
        this.options = options;
        this.requestCheck = new RequestCheck(parser, checkOptions);
        this.responseCheck = new ResponseCheck(parser, checkOptions);
        this.memory = new ResourceMemory(options.rememberedResources());
    }

    /**
     * Validates the next exchange of the session. The result's duration is the exchange's own (when it was
     * made in this run) plus the time its validation took.
     */
    public ExchangeResult validate(Exchange raw) {
        long started = System.nanoTime();
        ExchangeResult.Builder result = check(raw);
        Duration wire = raw.duration() == null ? Duration.ZERO : raw.duration();
        return result.duration(wire.plusNanos(System.nanoTime() - started)).build();
    }

    private ExchangeResult.Builder check(Exchange raw) {
        Exchange exchange = Redactor.redactExchange(raw);
        FindingSink sink = new FindingSink(options.severities(), exchange.source());
        ExchangeResult.Builder result = ExchangeResult.builder().method(exchange.method()).url(exchange.url())
                .status(exchange.status()).source(exchange.source());
        MatchOutcome outcome = contracts.match(exchange.method(), exchange.url());
        if (outcome.match() == null) {
            sink.add(FindingKeys.REQUEST_OPERATION_UNKNOWN, "a documented operation", exchange.method() + " " + exchange.url(),
                    "reason", outcome.reason());
            return result.addFindings(sink.findings());
        }
        OperationMatch match = outcome.match();
        sink.operationId(match.operation().operationId());
        String resourceKey = match.resourceKey();
        BodyTree last = memory.last(resourceKey).orElse(null);
        ParameterCheck.check(match, exchange, sink);
        BodyTree request = requestCheck.check(match, exchange, last, sink);
        BodyTree response = responseCheck.check(match, exchange, request, last, coverage, sink);
        remember(match, resourceKey, exchange, response);
        return result.specName(match.contract().name()).operationId(match.operation().operationId())
                .addFindings(sink.findings());
    }

    /** The field coverage of the exchanges validated so far. */
    public FieldCoverage coverage() {
        return coverage;
    }

    private void remember(OperationMatch match, String resourceKey, Exchange exchange, BodyTree response) {
        if (!ResponseCheck.isSuccess(exchange.status()) || match.resourcePath().contains("{")) {
            return;
        }
        if (exchange.method().equals("DELETE")) {
            memory.forget(resourceKey);
        } else if (response != null) {
            memory.remember(resourceKey, response);
        }
    }
}
