package dev.chatcontracts.plugin.incremental;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a generation depends on, as named values: each spec's content hash, each configuration value,
 * the generators' versions. Two builds with equal fingerprints produce the same output.
 */
public final class Fingerprint {

    private final SortedMap<String, String> entries;

    private Fingerprint(SortedMap<String, String> entries) {
        this.entries = entries;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<String, String> entries() {
        return entries;
    }

    /** Why {@code this} differs from {@code previous}, in words; empty when they are equal. */
    public String differenceFrom(Map<String, String> previous) {
        StringBuilder reason = new StringBuilder();
        entries.forEach((key, value) -> {
            String old = previous.get(key);
            if (old == null) {
                append(reason, key + " is new");
            } else if (!old.equals(value)) {
                append(reason, key.startsWith("spec:") ? key + " changed" : key + " changed from " + old + " to " + value);
            }
        });
        previous.keySet().stream().filter(key -> !entries.containsKey(key))
                .forEach(key -> append(reason, key + " was removed"));
        return reason.toString();
    }

    private static void append(StringBuilder reason, String text) {
        reason.append(reason.length() == 0 ? "" : "; ").append(text);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class Builder {
        private final SortedMap<String, String> entries = new TreeMap<>();

        /** A spec, by the hash of its resolved content. */
        public Builder spec(String name, String content) {
            entries.put("spec:" + name, sha256(content));
            return this;
        }

        /** A configuration value; a collection is recorded in a stable order. */
        public Builder config(String key, Object value) {
            Object stable = value instanceof java.util.Collection<?> c ? new java.util.TreeSet<>(c.stream().map(String::valueOf).toList()) : value;
            entries.put("config:" + key, String.valueOf(stable));
            return this;
        }

        /** A generator's version. */
        public Builder version(String tool, String version) {
            entries.put("version:" + tool, Objects.requireNonNull(version, tool));
            return this;
        }

        public Fingerprint build() {
            return new Fingerprint(new TreeMap<>(entries));
        }
    }
}
