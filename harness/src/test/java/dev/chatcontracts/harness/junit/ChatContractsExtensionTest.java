package dev.chatcontracts.harness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** The extension, run on fixture test classes with JUnit's EngineTestKit. */
class ChatContractsExtensionTest {

    @Test
    void aTestWhoseExchangesConformPassesWithItsParametersInjected() {
        Events tests = run(ExtensionFixtures.ConformingCase.class);

        tests.assertStatistics(s -> s.started(1).succeeded(1).failed(0));
    }

    @Test
    void aReadOnlyFieldSentFailsTheTestNamingTheKeyAndPointer() {
        Events tests = run(ExtensionFixtures.ReadOnlyFieldSentCase.class);

        tests.assertStatistics(s -> s.started(1).failed(1));
        assertThat(failureMessages(tests)).singleElement().asString().contains("request.field.readOnly", "/id");
    }

    @Test
    void aSeverityOverrideBelowTheThresholdLetsTheTestPass() {
        run(ExtensionFixtures.ReadOnlyFieldToleratedCase.class).assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void aLowerThresholdFailsOnWarnings() {
        run(ExtensionFixtures.StricterThresholdCase.class).assertStatistics(s -> s.started(1).failed(1));
    }

    @Test
    void anUndocumentedOperationFailsTheTest() {
        Events tests = run(ExtensionFixtures.UnknownOperationCase.class);

        assertThat(failureMessages(tests)).singleElement().asString().contains("request.operation.unknown");
    }

    @Test
    void theMockIsPutBackBeforeEachTest() {
        run(ExtensionFixtures.MockStateIsResetCase.class).assertStatistics(s -> s.started(2).succeeded(2));
    }

    private static Events run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents();
    }

    private static List<String> failureMessages(Events tests) {
        return tests.failed().stream().map(Event::getPayload)
                .map(p -> p.flatMap(x -> x instanceof org.junit.platform.engine.TestExecutionResult r ? r.getThrowable() : java.util.Optional.empty())
                        .map(Throwable::getMessage).orElse(""))
                .toList();
    }
}
