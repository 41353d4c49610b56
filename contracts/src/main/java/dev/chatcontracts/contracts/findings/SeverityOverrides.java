package dev.chatcontracts.contracts.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one reading of a user's severity settings, for every entry point (the {@code validate}, {@code check-pact}
 * and {@code check} CLIs' {@code --severity KEY=LEVEL}, the reporting goals' {@code severities}, the JUnit
 * extension's {@code severities}): a key must be one of the {@link FindingRegistry}'s or a prefix of one in whole
 * segments ({@code response.field}), and the level one of ERROR, WARNING, INFO, OFF in any case. Anything else is
 * an {@link IllegalArgumentException} whose message names the setting and says what is allowed; each entry point
 * turns it into its usage error.
 */
public final class SeverityOverrides {

    private SeverityOverrides() {
    }

    /** The policy for settings written {@code KEY=LEVEL}, in order (a later setting of the same key wins). */
    public static SeverityPolicy fromSettings(List<String> settings) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String setting : settings) {
            int equals = setting == null ? -1 : setting.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("a severity setting is KEY=LEVEL (e.g. response.field.unknown=ERROR), not '"
                        + setting + "'");
            }
            pairs.put(setting.substring(0, equals).trim(), setting.substring(equals + 1));
        }
        return fromMap(pairs);
    }

    /** The policy for settings given as key to level text (the plugin's {@code severities} map). */
    public static SeverityPolicy fromMap(Map<String, String> settings) {
        Map<String, Severity> levels = new LinkedHashMap<>();
        settings.forEach((key, level) -> levels.put(knownKey(key), level(key, level)));
        return SeverityPolicy.withOverrides(levels);
    }

    /** The key itself when it is a finding key or a prefix of one in whole segments. */
    public static String knownKey(String key) {
        String trimmed = key == null ? "" : key.trim();
        if (!trimmed.isEmpty() && FindingRegistry.standard().knowsKeyOrPrefix(trimmed)) {
            return trimmed;
        }
        throw new IllegalArgumentException("'" + key + "' is not a finding key nor a prefix of one; the keys start with "
                + prefixes());
    }

    /** The level named by {@code text}, in any case. */
    public static Severity level(String key, String text) {
        String name = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (Severity severity : Severity.values()) {
            if (severity.name().equals(name)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("the severity of " + key + " must be one of ERROR, WARNING, INFO, OFF, not '"
                + text + "'");
    }

    /** The first segments of the known keys, for the message: request, response, capture, pact, suite, restore. */
    private static String prefixes() {
        List<String> firsts = new ArrayList<>();
        for (String known : FindingRegistry.standard().keys()) {
            String first = known.substring(0, known.indexOf('.'));
            if (!firsts.contains(first)) {
                firsts.add(first);
            }
        }
        return String.join(", ", firsts) + " (see the finding keys in contracts/README.md)";
    }
}
