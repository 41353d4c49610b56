package dev.chatcontracts.check.verify;

import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.findings.SeverityPolicy;
import dev.chatcontracts.contracts.reports.ExchangeResult;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The finding keys of pact verification (registered with every other key, their defaults and message templates in
 * contracts' {@code FindingRegistry}, the constants in {@link FindingKeys}; when each is given: src/check/README.md
 * "Finding keys", checked against the registry), and the conversion of an {@link InteractionOutcome} into the
 * engine's {@link ExchangeResult} (one per interaction; a passed interaction has no finding), so that the
 * console, JUnit XML and HTML reports show pacts beside validated exchanges. A user's {@link SeverityPolicy}
 * override (by key or prefix, e.g. {@code pact.verification=WARNING}) wins.
 *
 * <p>Each result is labelled with the interaction's description (the JUnit testcase name, the same from run to
 * run), grouped by spec (one JUnit testsuite per spec), timed, and marked not run when it was not sent. URLs and
 * messages are redacted.
 */
public final class PactFindings {

    public static final String FAILED = FindingKeys.PACT_VERIFICATION_FAILED;
    public static final String NOT_SENT = FindingKeys.PACT_VERIFICATION_NOT_SENT;
    public static final String NOT_HTTP = FindingKeys.PACT_VERIFICATION_NOT_HTTP;
    public static final String UNREADABLE = FindingKeys.PACT_VERIFICATION_UNREADABLE;

    private PactFindings() {
    }

    /** The key of a verdict; null for {@code PASSED}. */
    public static String key(InteractionOutcome.Verdict verdict) {
        return switch (verdict) {
            case PASSED -> null;
            case FAILED -> FAILED;
            case STATE_UNSUPPORTED, WRITE_SKIPPED, NO_TARGET -> NOT_SENT;
            case NOT_HTTP -> NOT_HTTP;
        };
    }

    /** The severity of {@code key}: the user's override by longest prefix, else the key's default. */
    public static Severity severity(String key, SeverityPolicy policy) {
        return policy.severityOf(key);
    }

    /** One result for one interaction; findings at severity OFF are dropped. */
    public static ExchangeResult result(InteractionOutcome outcome, SeverityPolicy policy) {
        ExchangeResult.Builder result = ExchangeResult.builder().specName(outcome.specName()).operationId(outcome.operationId())
                .method(outcome.method()).url(Redactor.redactUrl(outcome.url())).status(outcome.actualStatus())
                .source(ExchangeSource.file(Path.of(outcome.pactFile()).getFileName() + ": " + outcome.description()))
                .label(outcome.description()).group(outcome.specName()).duration(outcome.duration());
        String key = key(outcome.verdict());
        Severity severity = key == null ? Severity.OFF : severity(key, policy);
        if (!outcome.sent()) {
            String why = reason(outcome);
            result.notRun(why);
            if (severity != Severity.OFF) {
                result.addFinding(Finding.builder(key).severity(severity).operationId(outcome.operationId())
                        .variant(key.equals(FAILED) ? "notSent" : null, "interaction", outcome.description(), "reason", why).build());
            }
        } else if (severity != Severity.OFF) {
            for (InteractionOutcome.Detail detail : outcome.details()) {
                result.addFinding(Finding.builder(key).severity(severity).operationId(outcome.operationId()).pointer(detail.pointer())
                        .args("interaction", outcome.description(), "mismatch", Redactor.redactText(detail.message())).build());
            }
        }
        return result.build();
    }

    /** Why an interaction was not sent: its details, one sentence, redacted. */
    static String reason(InteractionOutcome outcome) {
        return Redactor.redactText(outcome.details().stream().map(InteractionOutcome.Detail::message).collect(Collectors.joining("; ")));
    }

    /** The result for a pact file that cannot be read. */
    public static ExchangeResult unreadable(Path file, String why, SeverityPolicy policy) {
        ExchangeResult.Builder result = ExchangeResult.builder().source(ExchangeSource.file(file.toString()))
                .label(String.valueOf(file.getFileName())).group("pact files");
        Severity severity = severity(UNREADABLE, policy);
        if (severity != Severity.OFF) {
            result.addFinding(Finding.builder(UNREADABLE).severity(severity).args("reason", Redactor.redactText(why)).build());
        }
        return result.build();
    }
}
