package dev.chatcontracts.contracts.findings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every finding key with its default severity and its message templates, read once from the resource
 * {@code dev/chatcontracts/contracts/findings/messages.properties} (the format is described at its top). The
 * severity defaults of {@link SeverityPolicy}, the keys {@link SeverityOverrides} accepts and the text of every
 * {@link FindingMessage} come from here; {@link FindingKeys} names the same keys as constants.
 */
public final class FindingRegistry {

    /** The resource the standard registry is read from. */
    public static final String RESOURCE = "/dev/chatcontracts/contracts/findings/messages.properties";

    private static final String SEVERITY = ".severity";
    private static final String MESSAGE = ".message";

    private final Map<String, Severity> severities;
    private final Map<String, Map<String, MessageTemplate>> templates;

    private FindingRegistry(Map<String, Severity> severities, Map<String, Map<String, MessageTemplate>> templates) {
        this.severities = severities;
        this.templates = templates;
    }

    /** The registry of the resource, read on first use. */
    public static FindingRegistry standard() {
        return Standard.REGISTRY;
    }

    /** The registry of {@code lines} in the resource's format; an {@link IllegalArgumentException} names a bad line. */
    public static FindingRegistry parse(List<String> lines) {
        Map<String, Severity> severities = new LinkedHashMap<>();
        Map<String, Map<String, MessageTemplate>> templates = new LinkedHashMap<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("line " + number + " is no NAME=VALUE: " + line);
            }
            String name = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (name.endsWith(SEVERITY)) {
                String key = name.substring(0, name.length() - SEVERITY.length());
                Severity severity = Severity.valueOf(value);
                if (severity == Severity.OFF || severities.put(key, severity) != null) {
                    throw new IllegalArgumentException("line " + number + ": a second or OFF severity of " + key);
                }
                continue;
            }
            int message = name.endsWith(MESSAGE) ? name.length() - MESSAGE.length() : name.indexOf(MESSAGE + ".");
            if (message < 1) {
                throw new IllegalArgumentException("line " + number + " names neither a severity nor a message: " + name);
            }
            String key = name.substring(0, message);
            String variant = name.endsWith(MESSAGE) ? null : name.substring(message + MESSAGE.length() + 1);
            MessageTemplate template = MessageTemplate.parse(key, variant, value);
            if (templates.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(variant, template) != null) {
                throw new IllegalArgumentException("line " + number + ": a second message " + template.id());
            }
        }
        for (String key : templates.keySet()) {
            if (!severities.containsKey(key) || !templates.get(key).containsKey(null)) {
                throw new IllegalArgumentException(key + " needs both a severity and a main message");
            }
        }
        for (String key : severities.keySet()) {
            if (!templates.containsKey(key)) {
                throw new IllegalArgumentException(key + " has a severity but no message");
            }
        }
        templates.replaceAll((key, byVariant) -> Collections.unmodifiableMap(byVariant));
        return new FindingRegistry(Collections.unmodifiableMap(severities),
                Collections.unmodifiableMap(templates));
    }

    /** Every key, in the resource's order. */
    public List<String> keys() {
        return List.copyOf(severities.keySet());
    }

    public boolean knows(String key) {
        return severities.containsKey(key);
    }

    /** Whether {@code keyOrPrefix} is a key or a prefix of one in whole segments ({@code response.field}). */
    public boolean knowsKeyOrPrefix(String keyOrPrefix) {
        for (String key : severities.keySet()) {
            if (key.equals(keyOrPrefix) || key.startsWith(keyOrPrefix + ".")) {
                return true;
            }
        }
        return false;
    }

    /** The default severity of {@code key}, empty when the key is unknown. */
    public Optional<Severity> defaultSeverity(String key) {
        return Optional.ofNullable(severities.get(key));
    }

    /** The template of {@code key}'s message {@code variant} (null: the main one). */
    public MessageTemplate template(String key, String variant) {
        Map<String, MessageTemplate> byVariant = templates.get(key);
        if (byVariant == null) {
            throw new IllegalArgumentException("'" + key + "' is not a finding key of " + RESOURCE);
        }
        MessageTemplate template = byVariant.get(variant);
        if (template == null) {
            throw new IllegalArgumentException(key + " has no message variant '" + variant + "' in " + RESOURCE);
        }
        return template;
    }

    /** Every template: the key's main message first, then its variants, key by key. */
    public List<MessageTemplate> templates() {
        List<MessageTemplate> all = new ArrayList<>();
        templates.values().forEach(byVariant -> all.addAll(byVariant.values()));
        return all;
    }

    /** Holder: the resource is read once, on the first {@link #standard()}. */
    private static final class Standard {
        static final FindingRegistry REGISTRY = read();

        private static FindingRegistry read() {
            try (InputStream in = FindingRegistry.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the resource " + RESOURCE + " is missing");
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
