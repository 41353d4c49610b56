package dev.chatcontracts.contracts.findings;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The severity of each finding key, set per key or per key prefix.
 *
 * <p>A key's severity is looked up by the longest matching prefix among the user's settings first
 * ({@code response.field} = WARNING covers {@code response.field.type} unless {@code
 * response.field.type} is also set); only when no user setting matches do the defaults apply, again
 * by longest prefix; anything else is {@link Severity#ERROR}. Prefixes match whole segments only:
 * {@code response.field} covers {@code response.field.enum} but not {@code response.fields}.
 *
 * <p>A key's default is its severity in the {@link FindingRegistry} ({@code messages.properties}): unknown fields
 * ({@code *.field.unknown}, {@code pact.matcher.unknownField}) and repeated names ({@code *.body.duplicateKey})
 * WARNING, values the documentation explains ({@code *.field.documented}) WARNING, what a contract run did not do
 * ({@code suite.step.notRun}, {@code pact.verification.notSent}) WARNING, {@code request.field.readOnly.echo},
 * {@code request.parameter.unknown}, {@code pact.interaction.skipped} and {@code pact.verification.notHttp} INFO,
 * everything else ERROR. A key the registry does not know is ERROR.
 */
public final class SeverityPolicy {

    private final Map<String, Severity> overrides;

    private SeverityPolicy(Map<String, Severity> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** The defaults only. */
    public static SeverityPolicy defaults() {
        return new SeverityPolicy(Map.of());
    }

    /** The defaults, overridden by {@code overrides} (key or prefix to severity). */
    public static SeverityPolicy withOverrides(Map<String, Severity> overrides) {
        Map<String, Severity> checked = new TreeMap<>();
        overrides.forEach((key, severity) -> checked.put(checkKey(key), Objects.requireNonNull(severity, "severity")));
        return new SeverityPolicy(checked);
    }

    /** A copy with one more override. */
    public SeverityPolicy with(String keyOrPrefix, Severity severity) {
        Map<String, Severity> copy = new TreeMap<>(overrides);
        copy.put(checkKey(keyOrPrefix), Objects.requireNonNull(severity, "severity"));
        return new SeverityPolicy(copy);
    }

    /** The severity of findings with {@code key}. */
    public Severity severityOf(String key) {
        Severity chosen = longestPrefix(overrides, key);
        return chosen != null ? chosen : FindingRegistry.standard().defaultSeverity(key).orElse(Severity.ERROR);
    }

    /** The user's overrides, key or prefix to severity. */
    public Map<String, Severity> overrides() {
        return overrides;
    }

    private static Severity longestPrefix(Map<String, Severity> settings, String key) {
        for (String candidate = key; !candidate.isEmpty(); candidate = parent(candidate)) {
            Severity severity = settings.get(candidate);
            if (severity != null) {
                return severity;
            }
        }
        return null;
    }

    private static String parent(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "" : key.substring(0, dot);
    }

    private static String checkKey(String key) {
        if (key == null || key.isBlank() || key.startsWith(".") || key.endsWith(".")) {
            throw new IllegalArgumentException("not a finding key or prefix: '" + key + "'");
        }
        return key.trim();
    }

    @Override
    public String toString() {
        return "SeverityPolicy" + overrides;
    }
}
