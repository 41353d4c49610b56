package dev.chatcontracts.pact.verify;

import dev.chatcontracts.contracts.engine.ExchangeSource;
import dev.chatcontracts.contracts.report.ExchangeResult;
import dev.chatcontracts.contracts.report.Finding;
import dev.chatcontracts.contracts.rules.Severity;
import dev.chatcontracts.contracts.rules.SeverityPolicy;
import java.nio.file.Path;
import java.util.Map;

/**
 * The finding keys of pact verification, and the conversion of an {@link InteractionOutcome} into the
 * engine's {@link ExchangeResult} (one per interaction; a passed interaction has no finding), so that the
 * console, JUnit XML and HTML reports show pacts beside validated exchanges.
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>key</th><th>default</th><th>when</th></tr>
 *   <tr><td>{@value #FAILED}</td><td>ERROR</td><td>the provider's answer does not match (one finding per mismatch)</td></tr>
 *   <tr><td>{@value #STATE_UNSUPPORTED}</td><td>WARNING</td><td>a provider state cannot be made true on the target: not sent</td></tr>
 *   <tr><td>{@value #WRITE_SKIPPED}</td><td>WARNING</td><td>a write on a target that does not allow writes: not sent</td></tr>
 *   <tr><td>{@value #NO_TARGET}</td><td>WARNING</td><td>the target has no base URL for the pact's spec: not sent</td></tr>
 *   <tr><td>{@value #NOT_HTTP}</td><td>INFO</td><td>a message interaction: not verified</td></tr>
 *   <tr><td>{@value #UNREADABLE}</td><td>ERROR</td><td>a pact file Pact JVM cannot read</td></tr>
 * </table>
 * A user's {@link SeverityPolicy} override (by key or prefix, e.g. {@code pact.verification=WARNING}) wins.
 */
public final class PactFindings {

    public static final String FAILED = "pact.verification.failed";
    public static final String STATE_UNSUPPORTED = "pact.verification.stateUnsupported";
    public static final String WRITE_SKIPPED = "pact.verification.writeSkipped";
    public static final String NO_TARGET = "pact.verification.noTarget";
    public static final String NOT_HTTP = "pact.verification.notHttp";
    public static final String UNREADABLE = "pact.verification.unreadable";

    private static final Map<String, Severity> DEFAULTS = Map.of(FAILED, Severity.ERROR,
            STATE_UNSUPPORTED, Severity.WARNING, WRITE_SKIPPED, Severity.WARNING, NO_TARGET, Severity.WARNING,
            NOT_HTTP, Severity.INFO, UNREADABLE, Severity.ERROR);

    private PactFindings() {
    }

    /** The key of a verdict; null for {@code PASSED}. */
    public static String key(InteractionOutcome.Verdict verdict) {
        return switch (verdict) {
            case PASSED -> null;
            case FAILED -> FAILED;
            case STATE_UNSUPPORTED -> STATE_UNSUPPORTED;
            case WRITE_SKIPPED -> WRITE_SKIPPED;
            case NO_TARGET -> NO_TARGET;
            case NOT_HTTP -> NOT_HTTP;
        };
    }

    /** The severity of {@code key}: the user's override by longest prefix, else this key's default. */
    public static Severity severity(String key, SeverityPolicy policy) {
        for (String candidate = key; !candidate.isEmpty(); candidate = candidate.contains(".")
                ? candidate.substring(0, candidate.lastIndexOf('.')) : "") {
            Severity chosen = policy.overrides().get(candidate);
            if (chosen != null) {
                return chosen;
            }
        }
        return DEFAULTS.getOrDefault(key, Severity.ERROR);
    }

    /** One result for one interaction; findings at severity OFF are dropped. */
    public static ExchangeResult result(InteractionOutcome outcome, SeverityPolicy policy) {
        ExchangeResult.Builder result = ExchangeResult.builder().specName(outcome.specName()).operationId(outcome.operationId())
                .method(outcome.method()).url(outcome.url()).status(outcome.actualStatus())
                .source(ExchangeSource.file(Path.of(outcome.pactFile()).getFileName() + ": " + outcome.description()));
        String key = key(outcome.verdict());
        Severity severity = key == null ? Severity.OFF : severity(key, policy);
        if (severity != Severity.OFF) {
            for (InteractionOutcome.Detail detail : outcome.details()) {
                result.addFinding(Finding.builder(key).severity(severity).operationId(outcome.operationId()).pointer(detail.pointer())
                        .message("'" + outcome.description() + "': " + detail.message()).build());
            }
        }
        return result.build();
    }

    /** The result for a pact file that cannot be read. */
    public static ExchangeResult unreadable(Path file, String why, SeverityPolicy policy) {
        ExchangeResult.Builder result = ExchangeResult.builder().source(ExchangeSource.file(file.toString()));
        Severity severity = severity(UNREADABLE, policy);
        if (severity != Severity.OFF) {
            result.addFinding(Finding.builder(UNREADABLE).severity(severity).message(why).build());
        }
        return result.build();
    }
}
