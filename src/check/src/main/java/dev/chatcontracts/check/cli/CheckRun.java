package dev.chatcontracts.check.cli;

import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.findings.SeverityPolicy;
import dev.chatcontracts.contracts.reports.ValidationReport;
import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import dev.chatcontracts.openapi.model.SpecException;
import dev.chatcontracts.openapi.model.SpecLimits;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.restore.UndoJournal;
import dev.chatcontracts.harness.suite.ProviderSuite;
import dev.chatcontracts.harness.suite.SuitePlan;
import dev.chatcontracts.harness.suite.SuiteReport;
import dev.chatcontracts.check.verify.BundledPacts;
import dev.chatcontracts.check.verify.InteractionOutcome.Verdict;
import dev.chatcontracts.check.verify.PactFindings;
import dev.chatcontracts.check.verify.VerificationPacts;
import dev.chatcontracts.check.verify.PactPlan;
import dev.chatcontracts.check.verify.PactVerificationReport;
import dev.chatcontracts.check.verify.ProviderPactVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One {@code check}: choose the target, run the provider suite, verify the pacts, combine the reports.
 * On the embedded mock (the default target) the suite runs first; each pact interaction then starts from the
 * seed, its provider states set through the mock's provider-state endpoint.
 */
public final class CheckRun {

    /**
     * What to run.
     *
     * @param environment the target's variables ({@code CHAT_CONTRACTS_*}); no {@code CHAT_CONTRACTS_ZENDESK_URL}: the embedded mock
     * @param pacts pact files or folders; empty: generate the bundled specs' pacts
     * @param pactVersion the specification of generated pacts
     * @param skipSuite do not run the provider suite
     * @param skipPacts do not verify pacts
     * @param policy severities
     * @param maxResponseBytes the most bytes of a response body read; a larger one stops the run
     * @param specLimits the limits the bundled specs are read within for the generated pacts
     */
    public record Settings(Map<String, String> environment, List<Path> pacts, PactSpecVersion pactVersion, boolean skipSuite,
            boolean skipPacts, SeverityPolicy policy, long maxResponseBytes, SpecLimits specLimits) {

        public Settings {
            environment = Map.copyOf(environment);
            pacts = List.copyOf(pacts);
        }
    }

    /**
     * What a check found.
     *
     * @param target the target, without credentials
     * @param suite the provider suite's report, or null when skipped
     * @param pacts the pact verification's report, or null when skipped
     * @param report both, as one report: the suite's results, then one per pact interaction, then unreadable pact files
     * @param halted why the run stopped before its end (a response over the limit, a worker thread that died), or null
     */
    public record Result(String target, SuiteReport suite, PactVerificationReport pacts, ValidationReport report, String halted) {

        /** One line: what ran and how it went. */
        public String summary() {
            StringBuilder text = new StringBuilder("target: ").append(target);
            if (suite != null) {
                text.append("; ").append(suiteLine(suite));
            }
            if (pacts != null) {
                text.append("; ").append(pactsLine(pacts));
            }
            return text.toString();
        }

        /** {@code provider suite: 17 steps, 12 run, 5 not run, passed}. */
        static String suiteLine(SuiteReport suite) {
            return "provider suite: " + suite.describeSteps() + ", " + (suite.passed() ? "passed" : "FAILED");
        }

        /** {@code pacts: 34 interactions, 24 verified, 0 failed, 10 not sent} (and how many are no HTTP interactions). */
        static String pactsLine(PactVerificationReport pacts) {
            int notHttp = pacts.with(Verdict.NOT_HTTP).size();
            return "pacts: " + pacts.outcomes().size() + " interactions, " + pacts.with(Verdict.PASSED).size() + " verified, "
                    + pacts.with(Verdict.FAILED).size() + " failed, " + pacts.notSent().size() + " not sent"
                    + (notHttp == 0 ? "" : ", " + notHttp + " not HTTP (not verifiable)");
        }
    }

    /** The check could not be done: a real target without credentials, pacts that cannot be generated. */
    public static final class CannotRun extends Exception {
        CannotRun(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Consumer<String> progress;

    /** @param progress receives one line per step (stderr in the command line) */
    public CheckRun(Consumer<String> progress) {
        this.progress = progress;
    }

    public Result run(Settings settings) throws CannotRun {
        Path generated = null;
        try {
            VerificationPacts inputs = new VerificationPacts(List.of(), Map.of());
            if (!settings.skipPacts()) {
                List<Path> files = settings.pacts();
                if (files.isEmpty()) {
                    Contracts specs = Contracts.bundled(settings.specLimits());
                    generated = Files.createTempDirectory("chat-contracts-pacts");
                    progress.accept("generating the pacts of the bundled specs (" + settings.pactVersion() + ")");
                    files = BundledPacts.files(generated, settings.pactVersion(), specs);
                }
                inputs = VerificationPacts.read(files);
                progress.accept("read " + inputs.pacts().size() + " pact file(s), "
                        + inputs.pacts().stream().mapToInt(p -> p.pact().getInteractions().size()).sum() + " interactions"
                        + (inputs.unreadable().isEmpty() ? "" : "; " + inputs.unreadable().size() + " unreadable"));
            }
            try (ContractTarget target = openTarget(settings.environment());
                    WorkerWatch watch = WorkerWatch.install(target.responseLimits().halt())) {
                target.limitResponses(settings.maxResponseBytes());
                return check(target, inputs, settings);
            }
        } catch (IOException e) {
            throw new CannotRun("cannot create a folder for the generated pacts: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException || e instanceof UncheckedIOException
                    || e instanceof SpecException) {
                throw new CannotRun(e.getMessage(), e);
            }
            throw e;
        } finally {
            delete(generated);
        }
    }

    /**
     * What a run would write on the target and how each write is undone, without sending anything: the
     * suite's writes, then the pacts'.
     */
    public List<String> plan(Settings settings) throws CannotRun {
        Path generated = null;
        try (ContractTarget target = openTarget(settings.environment())) {
            List<String> lines = new java.util.ArrayList<>();
            lines.add("target: " + target.describe());
            if (!settings.skipSuite()) {
                SuitePlan.writes(target).forEach(line -> lines.add("provider suite: " + line));
            }
            if (!settings.skipPacts()) {
                List<Path> files = settings.pacts();
                if (files.isEmpty()) {
                    Contracts specs = Contracts.bundled(settings.specLimits());
                    generated = Files.createTempDirectory("chat-contracts-pacts");
                    files = BundledPacts.files(generated, settings.pactVersion(), specs);
                }
                PactPlan.writes(target, VerificationPacts.read(files).pacts()).forEach(line -> lines.add("pact: " + line));
            }
            return lines;
        } catch (IOException e) {
            throw new CannotRun("cannot create a folder for the generated pacts: " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | SpecException e) {
            throw new CannotRun(e.getMessage(), e);
        } finally {
            delete(generated);
        }
    }

    private Result check(ContractTarget target, VerificationPacts inputs, Settings settings) {
        progress.accept("target: " + target.describe());
        UndoJournal journal = new UndoJournal();
        // a read-only account is never written to: nothing to undo, and a signal ends the process at once
        boolean restorable = target.mock().isEmpty() && target.writesAllowed();
        try (AutoCloseable restoreOnSignal = restorable ? journal.installShutdownHook(progress) : () -> { }) {
            return check(target, inputs, settings, journal);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Result check(ContractTarget target, VerificationPacts inputs, Settings settings, UndoJournal journal) {
        SuiteReport suite = null;
        if (!settings.skipSuite()) {
            progress.accept("provider suite: running");
            suite = new ProviderSuite(ValidationOptions.builder().severities(settings.policy()).build()).run(target, journal);
            suite.steps().forEach(step -> progress.accept("provider suite: " + step));
            suite.notRun().forEach(step -> progress.accept("provider suite: NOT RUN " + step.step() + " (" + step.reason() + ")"));
            progress.accept("provider suite: " + (suite.passed() ? "passed" : "FAILED"));
        }
        PactVerificationReport pacts = null;
        if (!settings.skipPacts()) {
            progress.accept("pact verification: " + inputs.pacts().size() + " pact file(s)");
            pacts = new ProviderPactVerifier(line -> progress.accept("pact " + line)).verify(target, inputs.pacts(), journal);
            List<UndoJournal.Unrestored> left = journal.restore();
            journal.restored().forEach(line -> progress.accept("restored: " + line));
            pacts = pacts.withUnrestored(left);
        }
        ValidationReport.Builder report = ValidationReport.builder().target(target.describe());
        if (suite != null) {
            report.addAll(suite.report().results()).coverage(suite.report().coverage()).summary(Result.suiteLine(suite));
        }
        if (pacts != null) {
            report.addAll(pacts.toValidationReport(settings.policy()).results()).summary(Result.pactsLine(pacts));
        }
        inputs.unreadable().forEach((file, why) -> report.add(PactFindings.unreadable(file, why, settings.policy())));
        return new Result(target.describe(), suite, pacts, report.build(), target.responseLimits().halt().reason().orElse(null));
    }

    /** A real target when the environment names one, else the embedded mock. */
    private static ContractTarget openTarget(Map<String, String> environment) {
        String zendesk = environment.get(ContractTarget.ZENDESK_URL);
        if (zendesk != null && !zendesk.isBlank()) {
            return ContractTarget.fromEnvironment(environment);
        }
        return ContractTarget.embeddedMock();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
