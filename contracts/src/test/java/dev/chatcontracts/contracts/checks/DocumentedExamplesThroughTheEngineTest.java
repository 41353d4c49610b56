package dev.chatcontracts.contracts.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.contract.Operation;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.openapi.examples.DeclaredViolation;
import dev.chatcontracts.openapi.examples.Direction;
import dev.chatcontracts.openapi.examples.DocumentedExample;
import dev.chatcontracts.openapi.examples.ExampleCollector;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented examples of both specs, sent through the engine as exchanges: the ones the
 * documentation got wrong ({@code x-violates}) give ERROR findings exactly at their declared pointers,
 * all others none; the copies the media types name (corrected, {@code x-corrects}) give none.
 */
class DocumentedExamplesThroughTheEngineTest {

    private static final ContractValidator STRICT = new ContractValidator(Contracts.bundled(),
            ValidationOptions.builder().strictSpec(true).build());
    private static final ContractValidator VALIDATOR = ContractValidator.bundled();

    static Stream<Arguments> examples() {
        return Contracts.bundled().all().stream().flatMap(contract -> new ExampleCollector().collect(contract.spec()).stream()
                .map(example -> Arguments.of(contract.name() + ": " + example.id(), contract, example)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void withStrictSpecErrorsAreExactlyTheDeclaredViolations(String name, ApiContract contract, DocumentedExample example) {
        String direction = example.direction() == Direction.REQUEST ? "request." : "response.";

        ExchangeResult result = STRICT.validate(exchangeOf(contract, example));

        Set<String> failing = result.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && f.key().startsWith(direction))
                .map(Finding::pointer).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = example.declaredViolations().stream().map(DeclaredViolation::pointer)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(failing).as("%s: %s", name, result.findings()).isEqualTo(declared);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExampleAMediaTypeNamesGivesNoError(String name, ApiContract contract, DocumentedExample example) {
        DocumentedExample served = new DocumentedExample(example.operationId(), example.direction(), example.status(),
                example.mediaType(), example.name(), example.location(), example.served(), example.schema(), List.of());

        ExchangeResult result = VALIDATOR.validate(exchangeOf(contract, served));

        assertThat(result.findings()).as(name).noneMatch(f -> f.severity() == Severity.ERROR
                && f.key().startsWith(example.direction() == Direction.REQUEST ? "request." : "response."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void byDefaultTheDeclaredViolationsAreDocumentedWarningsAndNothingElseFails(String name, ApiContract contract,
            DocumentedExample example) {
        String direction = example.direction() == Direction.REQUEST ? "request." : "response.";

        ExchangeResult result = VALIDATOR.validate(exchangeOf(contract, example));

        Set<String> errors = result.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && f.key().startsWith(direction))
                .map(Finding::pointer).collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = result.findings().stream().filter(f -> f.key().equals(direction + "field.documented"))
                .map(Finding::pointer).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = example.declaredViolations().stream().map(DeclaredViolation::pointer)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared.containsAll(errors) && declared.containsAll(documented)).as("%s: %s", name, result.findings()).isTrue();
        assertThat(errors.stream().filter(documented::contains)).isEmpty();
    }

    /** The example as an exchange: a request example answered 400, a response example with its status. */
    static Exchange exchangeOf(ApiContract contract, DocumentedExample example) {
        Operation operation = contract.operation(example.operationId()).orElseThrow();
        String url = contract.servers().get(0).defaultUrl() + concretePath(operation);
        Exchange.Builder exchange = Exchange.builder().request(operation.method(), url);
        if (example.direction() == Direction.REQUEST) {
            exchange.requestHeader("Content-Type", example.mediaType()).requestBody(example.value().toString()).status(400);
        } else {
            exchange.status(Integer.parseInt(example.status())).responseHeader("Content-Type", example.mediaType())
                    .responseBody(example.value().toString());
        }
        return exchange.build();
    }

    private static String concretePath(Operation operation) {
        return operation.path().template()
                .replace("{agent_id}", "2").replace("{email_id}", "kevin@doe.com").replace("{chat_id}", "1410.1.X")
                .replace("{visitor_id}", "1.12345").replace("{screen_name}", "zylkerinc")
                .replace("{conversation_id}", "666300030000479029");
    }
}
