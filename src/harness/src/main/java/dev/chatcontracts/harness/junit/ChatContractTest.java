package dev.chatcontracts.harness.junit;

import dev.chatcontracts.contracts.findings.Severity;
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
 *
 * <p>Test methods (and {@code @BeforeEach}/{@code @AfterEach} methods) may take:
 * <ul>
 *   <li>a {@link dev.chatcontracts.harness.ContractHttp}: recording {@code HttpClient}s, the base URLs and
 *       the authenticating request interceptors, to build the client the plugin generated in your own
 *       build (any package) or to send requests with a plain {@code java.net.http.HttpClient};</li>
 *   <li>that generated {@code ApiClient} itself, ready to use, when the last segment of its package
 *       names the API ({@code zendeskchat}, {@code zohosalesiq}, as the plugin writes them);</li>
 *   <li>a {@link dev.chatcontracts.harness.ContractTarget}, an {@link dev.chatcontracts.harness.ExchangeRecorder},
 *       or the harness's own copy of the generated clients
 *       ({@code dev.chatcontracts.harness.client.zendeskchat.ApiClient},
 *       {@code dev.chatcontracts.harness.client.zohosalesiq.ApiClient}).</li>
 * </ul>
 * Every exchange made through them is validated after the test, which fails with the report when a
 * finding reaches {@link #failOn()}.
 *
 * <p>{@code @Nested} classes inherit these settings from the innermost enclosing class that has them,
 * share its target, and may declare their own {@code @ChatContractTest} to override them.
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

    /**
     * Whether values that break the spec but are what the documentation says (a recorded discrepancy, D1-D20)
     * are ERRORs under their ordinary keys rather than {@code *.field.documented} WARNINGs.
     */
    boolean strictSpec() default false;

    /** Whether the embedded mock's state is put back before each test. */
    boolean resetMockBeforeEachTest() default true;
}
