package dev.chatcontracts.contracts.engine;

import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.findings.SeverityPolicy;
import java.util.Objects;
import java.util.Set;

/**
 * How the engine validates.
 *
 * @param severities the severity of each finding key
 * @param maxBodyBytes the largest body read, in bytes (default 50 MB); larger ones get
 *     {@code *.body.tooLarge}. Bodies over the streaming threshold may be larger than 2 GB (files).
 * @param maxNestingDepth the deepest nesting of arrays/objects parsed (default 1,000); deeper bodies
 *     get {@code *.body.tooDeep}
 * @param rememberedResources how many resources an {@link ExchangeSession} remembers the last response
 *     of, for the read-only rules (default 256; least recently used forgotten first)
 * @param volatileReadOnlyFields names of {@code readOnly} fields an update may change without a
 *     {@code response.field.readOnly.changed} finding (default {@code update_timestamp})
 * @param streamingThresholdBytes bodies larger than this (default 1 MB) are validated while they are
 *     read, without a tree: the same keys and pointers, memory independent of their size, but no
 *     comparison with other exchanges ({@code readOnly.echo}, {@code readOnly.changed}); 0 streams all
 * @param strictSpec whether a value that breaks the spec but is what the documentation says ({@code
 *     x-documented-type}, {@code x-documented-enum}, {@code x-documented-readOnly}, an example's {@code
 *     x-violates}) keeps its ordinary key ({@code response.field.type}, ERROR by default) instead of {@code
 *     *.field.documented} (WARNING by default); default false
 */
public record ValidationOptions(SeverityPolicy severities, long maxBodyBytes, int maxNestingDepth,
        int rememberedResources, Set<String> volatileReadOnlyFields, long streamingThresholdBytes, boolean strictSpec) {

    public static final long DEFAULT_STREAMING_THRESHOLD_BYTES = 1024L * 1024;

    public static final long DEFAULT_MAX_BODY_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_NESTING_DEPTH = 1_000;

    public ValidationOptions {
        Objects.requireNonNull(severities, "severities");
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (maxNestingDepth < 1) {
            throw new IllegalArgumentException("maxNestingDepth must be positive: " + maxNestingDepth);
        }
        volatileReadOnlyFields = Set.copyOf(volatileReadOnlyFields);
        if (streamingThresholdBytes < 0) {
            throw new IllegalArgumentException("streamingThresholdBytes must not be negative: " + streamingThresholdBytes);
        }
    }

    /** Whether a body of {@code length} bytes is validated streaming. */
    public boolean streams(long length) {
        return length > streamingThresholdBytes;
    }

    public static ValidationOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().severities(severities).maxBodyBytes(maxBodyBytes).maxNestingDepth(maxNestingDepth)
                .rememberedResources(rememberedResources).volatileReadOnlyFields(volatileReadOnlyFields)
                .streamingThresholdBytes(streamingThresholdBytes).strictSpec(strictSpec);
    }

    /** Builds {@link ValidationOptions}, starting from the defaults. */
    public static final class Builder {
        private SeverityPolicy severities = SeverityPolicy.defaults();
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int rememberedResources = 256;
        private Set<String> volatileReadOnlyFields = Set.of("update_timestamp");
        private long streamingThresholdBytes = DEFAULT_STREAMING_THRESHOLD_BYTES;
        private boolean strictSpec;

        private Builder() {
        }

        public Builder severities(SeverityPolicy severities) {
            this.severities = severities;
            return this;
        }

        /** One more severity override, for a key or a key prefix. */
        public Builder severity(String keyOrPrefix, Severity severity) {
            this.severities = severities.with(keyOrPrefix, severity);
            return this;
        }

        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        public Builder maxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = maxNestingDepth;
            return this;
        }

        public Builder rememberedResources(int rememberedResources) {
            this.rememberedResources = rememberedResources;
            return this;
        }

        public Builder volatileReadOnlyFields(Set<String> names) {
            this.volatileReadOnlyFields = names;
            return this;
        }

        public Builder streamingThresholdBytes(long bytes) {
            this.streamingThresholdBytes = bytes;
            return this;
        }

        /** Whether values the documentation explains stay ERRORs under their ordinary keys (see {@link ValidationOptions#strictSpec()}). */
        public Builder strictSpec(boolean strict) {
            this.strictSpec = strict;
            return this;
        }

        public ValidationOptions build() {
            return new ValidationOptions(severities, maxBodyBytes, maxNestingDepth, rememberedResources,
                    volatileReadOnlyFields, streamingThresholdBytes, strictSpec);
        }
    }
}
