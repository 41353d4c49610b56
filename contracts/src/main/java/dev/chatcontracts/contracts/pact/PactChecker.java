package dev.chatcontracts.contracts.pact;

import dev.chatcontracts.contracts.checks.FieldCoverage;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingMessage;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import dev.chatcontracts.contracts.reports.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Checks consumer pact files (Pact specification V2, V3, V4) against the specs, offline: each HTTP
 * interaction's operation, its request body in the request view (readOnly fields sent), its response
 * status and body in the response view (writeOnly fields expected back), and the response body's
 * matchers against the schema. One {@link ExchangeResult} per interaction, one per file that cannot
 * be read; thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = new PactChecker(ContractValidator.bundled()).check(List.of(Path.of("target/pacts")));
 * }</pre>
 */
public final class PactChecker {

    private final ContractValidator validator;
    private final PactReader reader;

    public PactChecker(ContractValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.reader = new PactReader(validator.options().maxBodyBytes(), validator.options().maxNestingDepth());
    }

    /** The bundled specs, default severities. */
    public static PactChecker bundled() {
        return new PactChecker(ContractValidator.bundled());
    }

    /** Checks pact files, and the {@code *.json} files of folders (name order, not recursive), in order. */
    public ValidationReport check(List<Path> filesOrFolders) {
        ValidationReport.Builder report = ValidationReport.builder();
        FieldCoverage coverage = new FieldCoverage();
        InteractionCheck check = new InteractionCheck(validator);
        for (PactInputs.Input input : PactInputs.expand(filesOrFolders)) {
            String file = input.file().toString();
            if (input.problem() != null) {
                report.add(unreadable(ExchangeSource.file(file), input.problem()).toBuilder().group(file).build());
                continue;
            }
            PactDocument pact;
            try {
                pact = reader.read(input.file());
            } catch (PactFormatException e) {
                report.add(unreadable(ExchangeSource.file(file), e.getMessage()).toBuilder().group(file).build());
                continue;
            }
            for (PactInteraction interaction : pact.interactions()) {
                long started = System.nanoTime();
                ExchangeResult result = check(check, pact, interaction, coverage);
                report.add(result.toBuilder().group(file).label(label(interaction))
                        .duration(java.time.Duration.ofNanos(System.nanoTime() - started)).build());
            }
        }
        return report.coverage(coverage.summary()).build();
    }

    private ExchangeResult check(InteractionCheck check, PactDocument pact, PactInteraction interaction, FieldCoverage coverage) {
        ExchangeSource source = PactInteraction.source(pact.file().toString(), interaction);
        if (interaction instanceof PactInteraction.Http http) {
            return check.check(pact, http, coverage);
        }
        if (interaction instanceof PactInteraction.NotHttp notHttp) {
            FindingMessage why = FindingMessage.of(FindingKeys.PACT_INTERACTION_SKIPPED, "type", notHttp.type());
            return result(source, why).toBuilder().notRun(why.text()).build();
        }
        return unreadable(source, ((PactInteraction.Malformed) interaction).reason());
    }

    /** The interaction's description (stable from run to run), else its index. */
    private static String label(PactInteraction interaction) {
        return interaction.description() == null || interaction.description().isBlank()
                ? "#/interactions/" + interaction.index() : interaction.description();
    }

    private ExchangeResult unreadable(ExchangeSource source, String reason) {
        return result(source, FindingMessage.of(FindingKeys.PACT_UNREADABLE, "reason", reason));
    }

    private ExchangeResult result(ExchangeSource source, FindingMessage message) {
        ExchangeResult.Builder result = ExchangeResult.builder().source(source);
        Severity severity = validator.options().severities().severityOf(message.key());
        if (severity != Severity.OFF) {
            result.addFinding(Finding.builder(message.key()).severity(severity).source(source).message(message).build());
        }
        return result.build();
    }
}
