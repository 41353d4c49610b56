package dev.chatcontracts.harness.junit;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.SeverityOverrides;
import dev.chatcontracts.contracts.reports.ConsoleReport;
import dev.chatcontracts.contracts.reports.ValidationReport;
import dev.chatcontracts.contracts.run.ContractRun;
import dev.chatcontracts.contracts.run.RunInputs;
import dev.chatcontracts.contracts.run.RunOutcome;
import dev.chatcontracts.harness.ContractHttp;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.ExchangeRecorder;
import dev.chatcontracts.harness.HarnessClients;
import dev.chatcontracts.harness.RequestBudget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * The extension behind {@link ChatContractTest}: a target and a request budget per top-level test
 * class (closed with the class's store; {@code @Nested} classes share their enclosing class's), a
 * recorder and clients per test, and the recorded exchanges validated after each test (one {@link ContractRun}, failed
 * at {@link ChatContractTest#failOn()}).
 *
 * <p>Each test may take a {@link ContractHttp} (recording {@code HttpClient}s, base URLs and
 * credentials for any client, the user's own generated one included), a {@link ContractTarget}, an
 * {@link ExchangeRecorder}, the harness's own generated clients, or the user's own generated
 * {@code ApiClient} of either API (see {@link GeneratedApiClients}).
 *
 * <p>The settings are the {@link ChatContractTest} found on the test class or else on its enclosing
 * classes, innermost first: a {@code @Nested} class inherits its outer class's and may declare its own.
 *
 * <p>After each test with exchanges it publishes a report entry with the keys {@value #ENTRY_EXCHANGES},
 * {@value #ENTRY_FINDINGS} and, when there are findings, {@value #ENTRY_KEYS} (their distinct keys).
 */
public final class ChatContractsExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** Report entry key: how many exchanges the test made. */
    public static final String ENTRY_EXCHANGES = "chat-contracts.exchanges";
    /** Report entry key: how many findings they have, at any severity. */
    public static final String ENTRY_FINDINGS = "chat-contracts.findings";
    /** Report entry key: the distinct finding keys, sorted and comma-separated. */
    public static final String ENTRY_KEYS = "chat-contracts.findingKeys";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChatContractsExtension.class);
    private static final Set<Class<?>> INJECTED = Set.of(ContractTarget.class, ExchangeRecorder.class, ContractHttp.class,
            dev.chatcontracts.harness.client.zendeskchat.ApiClient.class, dev.chatcontracts.harness.client.zohosalesiq.ApiClient.class);

    /** Keeps the target and its budget in the outermost class's store; JUnit closes it when the class is done. */
    private record TargetResource(ContractTarget target, RequestBudget budget) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            target.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // a @Nested class finds its enclosing class's resource: the store looks up its parents' stores
        context.getStore(NAMESPACE).getOrComputeIfAbsent(TargetResource.class, key -> {
            ContractTarget target = ContractTarget.fromEnvironment(System.getenv());
            return new TargetResource(target, new RequestBudget(target.requestsPerMinute()));
        }, TargetResource.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TargetResource resource = resource(context);
        if (settings(context).resetMockBeforeEachTest()) {
            resource.target().mock().ifPresent(mock -> mock.reset());
        }
        ContractHttp http = new ContractHttp(resource.target(), new ExchangeRecorder(), resource.budget());
        context.getStore(NAMESPACE).put(HarnessClients.class, new HarnessClients(http));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        HarnessClients clients = context.getStore(NAMESPACE).get(HarnessClients.class, HarnessClients.class);
        if (clients == null || clients.recorder().size() == 0) {
            return;
        }
        ChatContractTest settings = settings(context);
        RunOutcome outcome = new ContractRun(new ContractValidator(Contracts.bundled(), options(settings))).failAt(settings.failOn())
                .run(RunInputs.exchanges(clients.recorder().exchanges()));
        // the failure message lists the exchanges and their findings, not the field coverage
        ValidationReport report = new ValidationReport(outcome.report().results(), List.of());
        String keys = report.findings().stream().map(Finding::key).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("chat-contracts", report.results().size() + " exchanges, " + report.findings().size() + " findings");
        entry.put(ENTRY_EXCHANGES, Integer.toString(report.results().size()));
        entry.put(ENTRY_FINDINGS, Integer.toString(report.findings().size()));
        if (!keys.isEmpty()) {
            entry.put(ENTRY_KEYS, keys);
        }
        context.publishReportEntry(entry);
        if (!outcome.passed()) {
            throw new AssertionFailedError("the exchanges of this test break the contract:\n" + new ConsoleReport(false).render(report));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return INJECTED.contains(type) || GeneratedApiClients.isGeneratedApiClient(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == ContractTarget.class) {
            return resource(context).target();
        }
        HarnessClients clients = context.getStore(NAMESPACE).get(HarnessClients.class, HarnessClients.class);
        if (clients == null) {
            throw new ParameterResolutionException(type.getSimpleName() + " is injected into test methods and @BeforeEach/@AfterEach methods only,"
                    + " not constructors or @BeforeAll");
        }
        if (type == ExchangeRecorder.class) {
            return clients.recorder();
        }
        if (type == ContractHttp.class) {
            return clients.http();
        }
        if (type == dev.chatcontracts.harness.client.zendeskchat.ApiClient.class) {
            return clients.zendesk();
        }
        if (type == dev.chatcontracts.harness.client.zohosalesiq.ApiClient.class) {
            return clients.salesIq().orElseThrow(() -> new ParameterResolutionException("the target has no SalesIQ base URL"));
        }
        return GeneratedApiClients.create(type, clients.http());
    }

    private static TargetResource resource(ExtensionContext context) {
        TargetResource resource = context.getStore(NAMESPACE).get(TargetResource.class, TargetResource.class);
        if (resource == null) {
            throw new ParameterResolutionException("no contract target: is the class annotated with @ChatContractTest?");
        }
        return resource;
    }

    /**
     * The {@link ChatContractTest} of the innermost class that has one, from the test's class out through
     * the classes of the enclosing contexts ({@code @Nested}); the defaults when none has.
     */
    static ChatContractTest settings(ExtensionContext context) {
        for (Optional<ExtensionContext> current = Optional.of(context); current.isPresent(); current = current.get().getParent()) {
            Optional<ChatContractTest> found = current.get().getTestClass()
                    .flatMap(type -> AnnotationSupport.findAnnotation(type, ChatContractTest.class));
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Defaults.class.getAnnotation(ChatContractTest.class);
    }

    static ValidationOptions options(ChatContractTest settings) {
        return ValidationOptions.builder().strictSpec(settings.strictSpec())
                .severities(SeverityOverrides.fromSettings(List.of(settings.severities()))).build();
    }

    /** Carries the defaults for classes that register the extension with {@code @ExtendWith} only. */
    @ChatContractTest
    private static final class Defaults {
    }
}
