package dev.chatcontracts.contracts.findings;

import dev.chatcontracts.contracts.exchange.ExchangeSource;
import java.util.Objects;

/**
 * One thing an exchange does that its contract does not allow (or that the engine could not check).
 * Every value is already redacted.
 *
 * @param key the stable key, e.g. {@code response.field.type}
 * @param severity how much it matters, from the {@code SeverityPolicy}; never {@code OFF}
 * @param operationId the matched operation, or {@code null} when none matched
 * @param pointer the JSON pointer of the field in the body ({@code /chats/1/unread}); {@code ""} is the
 *     whole body; {@code null} when the finding is not about a field
 * @param schemaLocation where in the spec the broken rule is, e.g.
 *     {@code zendesk-chat#/components/schemas/Chat/properties/unread/type}, or {@code null}
 * @param expected what the contract expects, or {@code null}
 * @param actual what the exchange has, or {@code null}
 * @param message a sentence for people; tests should assert on {@link #key()}
 * @param source the capture file and entry, or {@code null}
 */
public record Finding(
        String key,
        Severity severity,
        String operationId,
        String pointer,
        String schemaLocation,
        String expected,
        String actual,
        String message,
        ExchangeSource source) {

    public Finding {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Builder builder(String key) {
        return new Builder(key);
    }

    /**
     * {@code ERROR response.field.type at /chats/1/unread: integer found, boolean expected}; the pointer and the
     * message cut at their {@link ReportLimits}.
     */
    public String summary() {
        StringBuilder text = new StringBuilder().append(severity).append(' ').append(ReportLimits.text(key));
        if (pointer != null) {
            text.append(" at ").append(pointer.isEmpty() ? "(body)" : ReportLimits.pointer(pointer));
        }
        return text.append(": ").append(ReportLimits.text(message)).toString();
    }

    /** Builds a {@link Finding}; {@code key}, {@code severity} and {@code message} are required. */
    public static final class Builder {
        private final String key;
        private Severity severity = Severity.ERROR;
        private String operationId;
        private String pointer;
        private String schemaLocation;
        private String expected;
        private String actual;
        private String message;
        private ExchangeSource source;

        private Builder(String key) {
            this.key = key;
        }

        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public Builder operationId(String operationId) {
            this.operationId = operationId;
            return this;
        }

        public Builder pointer(String pointer) {
            this.pointer = pointer;
            return this;
        }

        public Builder schemaLocation(String schemaLocation) {
            this.schemaLocation = schemaLocation;
            return this;
        }

        public Builder expected(String expected) {
            this.expected = expected;
            return this;
        }

        public Builder actual(String actual) {
            this.actual = actual;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder source(ExchangeSource source) {
            this.source = source;
            return this;
        }

        public Finding build() {
            return new Finding(key, severity, operationId, pointer, schemaLocation, expected, actual, message, source);
        }
    }
}
