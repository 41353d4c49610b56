package dev.chatcontracts.contracts.assertions;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * AssertJ entry point for users' own tests:
 *
 * <pre>{@code
 * import static dev.chatcontracts.contracts.assertions.ExchangeAssertions.assertThatExchange;
 *
 * assertThatExchange(exchange).conformsTo(spec);                 // a LoadedSpec or an ApiContract
 * assertThatExchange(exchange).conformsToBundledSpecs();
 * assertThatExchange(exchange).withSeverity("response.field.unknown", Severity.ERROR).conformsTo(spec);
 * assertThatExchange(exchange).hasFinding("response.field.type");
 * }</pre>
 *
 * <p>AssertJ is an optional dependency of {@code chat-contracts}: tests that use these assertions need
 * {@code org.assertj:assertj-core} on their test classpath (they have it when they use AssertJ).
 */
public final class ExchangeAssertions {

    /** Contracts built for specs given by {@link LoadedSpec}, by identity, so each spec compiles its schemas once. */
    private static final Map<LoadedSpec, ApiContract> CONTRACTS = Collections.synchronizedMap(new IdentityHashMap<>());

    private ExchangeAssertions() {
    }

    public static ExchangeAssert assertThatExchange(Exchange exchange) {
        return new ExchangeAssert(exchange);
    }

    static ApiContract contractOf(LoadedSpec spec) {
        return CONTRACTS.computeIfAbsent(spec, ApiContract::of);
    }
}
