package dev.chatcontracts.harness.junit;

import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.Contracts;
import dev.chatcontracts.contracts.engine.ExchangeSession;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.report.ConsoleReport;
import dev.chatcontracts.contracts.report.ValidationReport;
import dev.chatcontracts.contracts.rules.Severity;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.ExchangeRecorder;
import dev.chatcontracts.harness.HarnessClients;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.AssertionFailedError;

/**
 * The extension behind {@link ChatContractTest}: a target per test class (closed with the class's
 * store), a recorder and clients per test, and the recorded exchanges validated after each test.
 */
public final class ChatContractsExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChatContractsExtension.class);
    private static final Set<Class<?>> INJECTED = Set.of(ContractTarget.class, ExchangeRecorder.class,
            dev.chatcontracts.harness.client.zendeskchat.ApiClient.class, dev.chatcontracts.harness.client.zohosalesiq.ApiClient.class);

    /** Keeps the target in the class's store; JUnit closes it when the class is done. */
    private record TargetResource(ContractTarget target) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            target.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).getOrComputeIfAbsent(TargetResource.class,
                key -> new TargetResource(ContractTarget.fromEnvironment(System.getenv())), TargetResource.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ContractTarget target = target(context);
        if (settings(context).resetMockBeforeEachTest()) {
            target.mock().ifPresent(mock -> mock.reset());
        }
        ExchangeRecorder recorder = new ExchangeRecorder();
        context.getStore(NAMESPACE).put(ExchangeRecorder.class, recorder);
        context.getStore(NAMESPACE).put(HarnessClients.class, new HarnessClients(target, recorder));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ExchangeRecorder recorder = context.getStore(NAMESPACE).get(ExchangeRecorder.class, ExchangeRecorder.class);
        if (recorder == null || recorder.size() == 0) {
            return;
        }
        ChatContractTest settings = settings(context);
        ExchangeSession session = new ContractValidator(Contracts.bundled(), options(settings)).newSession();
        ValidationReport.Builder builder = ValidationReport.builder();
        recorder.exchanges().forEach(exchange -> builder.add(session.validate(exchange)));
        ValidationReport report = builder.build();
        String text = new ConsoleReport(false).render(report);
        context.publishReportEntry("chat-contracts", report.results().size() + " exchanges, " + report.findings().size() + " findings");
        boolean failed = report.findings().stream().anyMatch(f -> f.severity().compareTo(settings.failOn()) >= 0 && f.severity() != Severity.OFF);
        if (failed) {
            throw new AssertionFailedError("the exchanges of this test break the contract:\n" + text);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == ContractTarget.class) {
            return target(context);
        }
        HarnessClients clients = context.getStore(NAMESPACE).get(HarnessClients.class, HarnessClients.class);
        if (clients == null) {
            throw new ParameterResolutionException(type.getSimpleName() + " is injected into test methods only, not constructors or @BeforeAll");
        }
        if (type == ExchangeRecorder.class) {
            return clients.recorder();
        }
        if (type == dev.chatcontracts.harness.client.zendeskchat.ApiClient.class) {
            return clients.zendesk();
        }
        return clients.salesIq().orElseThrow(() -> new ParameterResolutionException("the target has no SalesIQ base URL"));
    }

    private static ContractTarget target(ExtensionContext context) {
        TargetResource resource = context.getStore(NAMESPACE).get(TargetResource.class, TargetResource.class);
        if (resource == null) {
            throw new ParameterResolutionException("no contract target: is the class annotated with @ChatContractTest?");
        }
        return resource.target();
    }

    private static ChatContractTest settings(ExtensionContext context) {
        Class<?> type = context.getRequiredTestClass();
        ChatContractTest settings = type.getAnnotation(ChatContractTest.class);
        return settings != null ? settings : Defaults.class.getAnnotation(ChatContractTest.class);
    }

    static ValidationOptions options(ChatContractTest settings) {
        ValidationOptions.Builder options = ValidationOptions.builder();
        for (String override : settings.severities()) {
            int equals = override.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("a severity override is key=LEVEL, not " + override);
            }
            options.severity(override.substring(0, equals).trim(), Severity.valueOf(override.substring(equals + 1).trim().toUpperCase(Locale.ROOT)));
        }
        return options.build();
    }

    /** Carries the defaults for classes that register the extension with {@code @ExtendWith} only. */
    @ChatContractTest
    private static final class Defaults {
    }
}
