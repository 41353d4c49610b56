package dev.chatcontracts.plugin;

import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.SpecLimits;
import dev.chatcontracts.openapi.model.SpecLoader;
import java.util.List;

/**
 * The specs of a goal: their raw text, read at once (what a fingerprint hashes, in a few
 * milliseconds), and the parsed specs, read only when a goal needs them (Swagger Parser takes most of
 * an up-to-date build's time, so an unchanged build never parses).
 */
public final class SpecSet {

    /** A spec as text. */
    public record Source(String name, String location, String content) {
    }

    private final List<Source> sources;
    private final SpecLimits limits;
    private List<LoadedSpec> loaded;

    public SpecSet(List<Source> sources) {
        this(sources, SpecLimits.defaults());
    }

    /** Specs to be parsed within {@code limits}. */
    public SpecSet(List<Source> sources, SpecLimits limits) {
        this.sources = List.copyOf(sources);
        this.limits = limits;
    }

    /** The limits the specs are parsed within. */
    public SpecLimits limits() {
        return limits;
    }

    public List<Source> sources() {
        return sources;
    }

    /** The parsed specs; parsed on the first call. */
    public synchronized List<LoadedSpec> loaded() {
        if (loaded == null) {
            SpecLoader loader = new SpecLoader(limits);
            loaded = sources.stream().map(s -> loader.parse(s.name(), s.location(), s.content())).toList();
        }
        return loaded;
    }
}
