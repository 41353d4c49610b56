package dev.chatcontracts.harness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.chatcontracts.harness.ContractHttp;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.ExchangeRecorder;
import dev.chatcontracts.harness.RequestBudget;
import dev.chatcontracts.mock.Credentials;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
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
    void aValueAsTheDocumentationGivesItIsAWarningThatPassesButFailsWithStrictSpec() {
        run(ExtensionFixtures.DocumentedValueSentCase.class).assertStatistics(s -> s.started(1).succeeded(1));
        Events strict = run(ExtensionFixtures.DocumentedValueSentStrictCase.class);

        strict.assertStatistics(s -> s.started(1).failed(1));
        assertThat(failureMessages(strict)).singleElement().asString().contains("request.field.type", "/enabled");
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

    // clients the harness did not make: a plain HttpClient, the user's own generated client

    @Test
    void aPlainHttpClientFromTheRecordingBuilderIsRecordedAndAConformingTestPasses() {
        Events tests = run(OwnClientFixtures.PlainClientConformingCase.class);

        tests.assertStatistics(s -> s.started(1).succeeded(1).failed(0));
        assertThat(reportEntries(tests)).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry(ChatContractsExtension.ENTRY_EXCHANGES, "2").containsEntry(ChatContractsExtension.ENTRY_FINDINGS, "0");
            assertThat(entry).doesNotContainKey(ChatContractsExtension.ENTRY_KEYS);
        });
    }

    @Test
    void aReadOnlyFieldSentWithAPlainHttpClientFailsTheTestNamingTheKey() {
        Events tests = run(OwnClientFixtures.PlainClientReadOnlyFieldSentCase.class);

        tests.assertStatistics(s -> s.started(1).failed(1));
        assertThat(failureMessages(tests)).singleElement().asString().contains("request.field.readOnly", "/id");
        assertThat(reportEntries(tests)).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry(ChatContractsExtension.ENTRY_EXCHANGES, "1")
                .hasEntrySatisfying(ChatContractsExtension.ENTRY_KEYS, keys -> assertThat(keys.split(",")).contains("request.field.readOnly")));
    }

    @Test
    void anUndocumentedPathReadWithAPlainHttpClientFailsTheTest() {
        Events tests = run(OwnClientFixtures.PlainClientUnknownPathCase.class);

        tests.assertStatistics(s -> s.started(1).failed(1));
        assertThat(failureMessages(tests)).singleElement().asString().contains("request.operation.unknown");
    }

    @Test
    void theRecordingClientSendsNoCredentialsOfItsOwn() {
        Events tests = run(OwnClientFixtures.PlainClientWithoutCredentialsCase.class);

        tests.assertStatistics(s -> s.started(1).succeeded(1));
        assertThat(reportEntries(tests)).singleElement().satisfies(entry -> assertThat(entry).containsEntry(ChatContractsExtension.ENTRY_EXCHANGES, "1"));
    }

    @Test
    void aGeneratedClientOfAnotherPackageBuiltOnTheRecordingBuilderIsRecorded() {
        Events tests = run(OwnClientFixtures.GeneratedClientOnTheBuilderCase.class);

        tests.assertStatistics(s -> s.started(1).succeeded(1).failed(0));
        assertThat(reportEntries(tests)).singleElement().satisfies(entry -> assertThat(entry).containsEntry(ChatContractsExtension.ENTRY_EXCHANGES, "1"));
    }

    @Test
    void theUsersOwnGeneratedClientsAreInjectedForTheApiTheirPackageNames() {
        Events tests = run(OwnClientFixtures.InjectedOwnClientsCase.class);

        tests.assertStatistics(s -> s.started(1).succeeded(1).failed(0));
        assertThat(reportEntries(tests)).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry(ChatContractsExtension.ENTRY_EXCHANGES, "2").containsEntry(ChatContractsExtension.ENTRY_FINDINGS, "0"));
    }

    @Test
    void theExchangesOfAnInjectedOwnClientAreValidated() {
        Events tests = run(OwnClientFixtures.ReadOnlyFieldThroughInjectedOwnClientCase.class);

        assertThat(failureMessages(tests)).singleElement().asString().contains("request.field.readOnly", "/id");
    }

    @Test
    void aGeneratedClientWhosePackageNamesNoApiIsNotGuessed() {
        Events tests = run(OwnClientFixtures.InjectedClientOfUnknownApiCase.class);

        tests.assertStatistics(s -> s.started(1).failed(1));
        assertThat(failures(tests)).singleElement(InstanceOfAssertFactories.THROWABLE).isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("com.acme.chat.tickets.ApiClient").hasMessageContaining("ContractHttp");
    }

    @Test
    void credentialsAppearInNoFailureMessageAndNoToString() {
        Events tests = run(OwnClientFixtures.PlainClientReadOnlyFieldSentCase.class);
        Credentials credentials = Credentials.defaults();
        try (ContractTarget target = ContractTarget.embeddedMock()) {
            ContractHttp http = new ContractHttp(target, new ExchangeRecorder(), RequestBudget.unlimited());

            assertThat(http.toString()).contains(target.zendeskBaseUrl().getHost()).doesNotContain(credentials.bearerToken(), credentials.zohoToken());
            assertThat(http.zendeskAuthentication().toString()).doesNotContain(credentials.bearerToken());
        }
        assertThat(failureMessages(tests)).singleElement().asString().doesNotContain(credentials.bearerToken(), credentials.zohoToken());
    }

    // @Nested classes

    @Test
    void aWarningPassesUnderTheDefaultThresholdWithItsKeyReported() {
        Events tests = run(OwnClientFixtures.UndeclaredFieldAtDefaultThresholdCase.class);

        tests.assertStatistics(s -> s.started(1).succeeded(1));
        assertThat(reportEntries(tests)).singleElement().satisfies(entry -> assertThat(entry)
                .hasEntrySatisfying(ChatContractsExtension.ENTRY_KEYS, keys -> assertThat(keys.split(",")).containsOnly("request.field.unknown")));
    }

    @Test
    void aNestedClassInheritsFailOnFromItsOuterClass() {
        Events tests = run(OwnClientFixtures.StrictOuterCase.class);

        tests.assertStatistics(s -> s.started(1).failed(1));
        assertThat(failureMessages(tests)).singleElement().asString().contains("request.field.unknown");
    }

    @Test
    void aClassNestedTwoLevelsDownInheritsTheOutermostSettings() {
        Events tests = run(OwnClientFixtures.StrictOuterTwoLevelsCase.class);

        tests.assertStatistics(s -> s.started(1).failed(1));
        assertThat(failureMessages(tests)).singleElement().asString().contains("request.field.unknown");
    }

    @Test
    void aNestedClassesOwnAnnotationOverridesItsOuterClasss() {
        run(OwnClientFixtures.NestedOverrideCase.class).assertStatistics(s -> s.started(1).succeeded(1).failed(0));
    }

    @Test
    void aNestedClassInheritsSeverityOverridesFromItsOuterClass() {
        run(OwnClientFixtures.OuterSeveritiesCase.class).assertStatistics(s -> s.started(1).succeeded(1).failed(0));
    }

    @Test
    void aNestedClassSharesItsOuterClasssTarget() {
        OwnClientFixtures.SharedTargetCase.OUTER.set(null);
        OwnClientFixtures.SharedTargetCase.INNER.set(null);

        run(OwnClientFixtures.SharedTargetCase.class).assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(OwnClientFixtures.SharedTargetCase.INNER.get()).isNotNull().isSameAs(OwnClientFixtures.SharedTargetCase.OUTER.get());
    }

    private static Events run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents();
    }

    private static List<String> failureMessages(Events tests) {
        return failures(tests).stream().map(Throwable::getMessage).toList();
    }

    private static List<Throwable> failures(Events tests) {
        return tests.failed().stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                .toList();
    }

    /** The key-value pairs of each report entry the tests published. */
    private static List<Map<String, String>> reportEntries(Events tests) {
        return tests.reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .toList();
    }
}
