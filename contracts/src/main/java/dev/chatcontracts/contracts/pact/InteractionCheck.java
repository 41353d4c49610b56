package dev.chatcontracts.contracts.pact;

import dev.chatcontracts.contracts.checks.FieldCoverage;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ExchangeSession;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one HTTP interaction: locates its operation, runs it through the engine as an exchange (each
 * interaction in a session of its own: pact interactions are independent), keeps the engine's findings
 * that hold for a pact, and adds the matcher findings.
 *
 * <p>A pact's expected response is a subset of what the provider may send, and a part the pact leaves
 * out is unspecified: so {@code response.field.required} is dropped, and so are {@code
 * response.body.missing} and {@code request.body.missing} when the pact has no such body.
 */
final class InteractionCheck {

    private final ContractValidator validator;
    private final OperationLocator locator;

    InteractionCheck(ContractValidator validator) {
        this.validator = validator;
        this.locator = new OperationLocator(validator.contracts());
    }

    ExchangeResult check(PactDocument pact, PactInteraction.Http interaction, FieldCoverage coverage) {
        ExchangeSource source = PactInteraction.source(pact.file().toString(), interaction);
        PactRequest request = interaction.request();
        PactResponse response = interaction.response();
        ExchangeResult.Builder result = ExchangeResult.builder().source(source).method(request.method())
                .url(Redactor.redactUrl(request.target())).status(response.status());
        OperationLocator.Located located;
        try {
            located = locator.locate(pact, request);
        } catch (OperationLocator.Unmatched unmatched) {
            Findings findings = new Findings(validator.options().severities(), source, null);
            List<Finding> out = new ArrayList<>();
            findings.add(out, findings.start(FindingKeys.PACT_OPERATION_UNKNOWN).expected("a documented operation")
                    .actual(request.method() + " " + Redactor.redactUrl(request.target())).args("reason", unmatched.getMessage()));
            return result.addFindings(out).build();
        }
        ExchangeSession session = validator.newSession();
        ExchangeResult engine = session.validate(exchange(located.url(), request, response, source));
        coverage.addAll(session.coverage());
        List<Finding> out = new ArrayList<>(engine.findings().stream().filter(f -> holdsForPact(f, interaction)).toList());
        String operationId = located.match().operation().operationId();
        new MatcherCheck(new Findings(validator.options().severities(), source, operationId)).check(located.match(), response, out);
        return result.specName(located.match().contract().name()).operationId(operationId).addFindings(out).build();
    }

    private static Exchange exchange(String url, PactRequest request, PactResponse response, ExchangeSource source) {
        return Exchange.builder().request(request.method(), url).requestHeaders(request.httpHeaders())
                .requestBody(request.body() == null ? null : request.body().bytes())
                .status(response.status()).responseHeaders(response.httpHeaders())
                .responseBody(response.body() == null ? null : response.body().bytes())
                .source(source).build();
    }

    private static boolean holdsForPact(Finding finding, PactInteraction.Http interaction) {
        return switch (finding.key()) {
            case FindingKeys.RESPONSE_FIELD_REQUIRED -> false;
            case FindingKeys.RESPONSE_BODY_MISSING -> interaction.response().body() != null;
            case FindingKeys.REQUEST_BODY_MISSING -> interaction.request().body() != null;
            default -> true;
        };
    }
}
