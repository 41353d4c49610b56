package dev.chatcontracts.contracts.findings;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A finding's message: a {@link MessageTemplate} of the {@link FindingRegistry} and its values, formatted on the
 * first {@link #text()} (a finding dropped, or never shown, is never formatted). The values are named:
 * {@code FindingMessage.of(key, "name", name, "status", 404)}; they must be exactly the template's placeholders,
 * which is checked here, when the finding is built, so a missing or misspelt value fails at once. Once formatted,
 * the message keeps its text only (a value may be large).
 */
public final class FindingMessage {

    private final String key;
    private final MessageTemplate template;
    private Map<String, Object> values;
    private String text;

    private FindingMessage(String key, MessageTemplate template, Map<String, Object> values, String text) {
        this.key = key;
        this.template = template;
        this.values = values;
        this.text = text;
    }

    /** The key's main message with these values ({@code name, value, name, value...}). */
    public static FindingMessage of(String key, Object... namesAndValues) {
        return variant(key, null, namesAndValues);
    }

    /** The key's message {@code variant} (null: the main one) with these values. */
    public static FindingMessage variant(String key, String variant, Object... namesAndValues) {
        MessageTemplate template = FindingRegistry.standard().template(key, variant);
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("the values of " + template.id() + " are name, value pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name) || values.containsKey(name)) {
                throw new IllegalArgumentException("the values of " + template.id() + ": not a new name at " + i);
            }
            values.put(name, namesAndValues[i + 1]);
        }
        if (!values.keySet().equals(new HashSet<>(template.placeholders()))) {
            throw new IllegalArgumentException("the message " + template.id() + " takes " + template.placeholders()
                    + ", given " + values.keySet());
        }
        return new FindingMessage(key, template, Collections.unmodifiableMap(values), null);
    }

    /**
     * A message that is not from the registry: for tests, and for findings whose text was written elsewhere. Main
     * code builds its findings from templates (a test scans for this call).
     */
    public static FindingMessage literal(String key, String text) {
        return new FindingMessage(Objects.requireNonNull(key, "key"), null, Map.of(), Objects.requireNonNull(text, "text"));
    }

    public String key() {
        return key;
    }

    /** The template, or null for a {@link #literal}. */
    public MessageTemplate template() {
        return template;
    }

    /** The message, formatted on first use; the values are dropped then. */
    public synchronized String text() {
        if (text == null) {
            text = template.format(values);
            values = null;
        }
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FindingMessage that && key.equals(that.key) && text().equals(that.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, text());
    }

    @Override
    public String toString() {
        return text();
    }
}
