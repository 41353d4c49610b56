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
 * @param lazyMessage the message, a template of the {@link FindingRegistry} with its values, formatted on the first
 *     {@link #message()}; tests should assert on {@link #key()}
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
        FindingMessage lazyMessage,
        ExchangeSource source) {

    public Finding {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(lazyMessage, "message");
        if (!lazyMessage.key().equals(key)) {
            throw new IllegalArgumentException("the message of " + lazyMessage.key() + " given to a finding " + key);
        }
    }

    /** A sentence for people (formatted now if not yet). */
    public String message() {
        return lazyMessage.text();
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
        return text.append(": ").append(ReportLimits.text(message())).toString();
    }

    /**
     * Builds a {@link Finding}. Its message is the key's template in the {@link FindingRegistry}, given its values
     * with {@link #args} (or a {@link #variant}); a template without placeholders needs none.
     */
    public static final class Builder {
        private final String key;
        private Severity severity = Severity.ERROR;
        private String operationId;
        private String pointer;
        private String schemaLocation;
        private String expected;
        private String actual;
        private FindingMessage message;
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

        /** The key's main message with its values: {@code name, value, name, value...}. */
        public Builder args(Object... namesAndValues) {
            return message(FindingMessage.of(key, namesAndValues));
        }

        /** The key's message {@code variant} with its values. */
        public Builder variant(String variant, Object... namesAndValues) {
            return message(FindingMessage.variant(key, variant, namesAndValues));
        }

        /** A message made beforehand (for the same key). */
        public Builder message(FindingMessage message) {
            this.message = message;
            return this;
        }

        /** A text that is not from the registry: for tests only (main code is scanned for it). */
        public Builder literalMessage(String text) {
            return message(FindingMessage.literal(key, text));
        }

        public Builder source(ExchangeSource source) {
            this.source = source;
            return this;
        }

        public Finding build() {
            FindingMessage text = message == null ? FindingMessage.of(key) : message;
            return new Finding(key, severity, operationId, pointer, schemaLocation, expected, actual, text, source);
        }
    }
}
