package dev.chatcontracts.harness.junit;

import dev.chatcontracts.contracts.rules.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a contract target: the embedded mock provider, or a real account when
 * {@code CHAT_CONTRACTS_ZENDESK_URL} is set (see {@link dev.chatcontracts.harness.ContractTarget}).
 * Test methods may take a {@link dev.chatcontracts.harness.ContractTarget}, an
 * {@link dev.chatcontracts.harness.ExchangeRecorder}, or a configured generated client
 * ({@code dev.chatcontracts.harness.client.zendeskchat.ApiClient},
 * {@code dev.chatcontracts.harness.client.zohosalesiq.ApiClient}). Every exchange those clients make
 * is validated after the test, which fails with the report when a finding reaches {@link #failOn()}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ChatContractsExtension.class)
public @interface ChatContractTest {

    /** The lowest severity that fails a test. */
    Severity failOn() default Severity.ERROR;

    /** Severity overrides, {@code key=LEVEL}; a key is also a prefix ({@code response.field=WARNING}). */
    String[] severities() default {};

    /** Whether the embedded mock's state is put back before each test. */
    boolean resetMockBeforeEachTest() default true;
}
