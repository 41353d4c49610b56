package dev.chatcontracts.plugin;

import dev.chatcontracts.generator.spec.LoadedSpec;
import dev.chatcontracts.generator.spec.SpecLoader;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The specs a goal works on: the user's own files when given, else the bundled specs of the
 * {@code chat-openapi} artifact ({@code zendesk-chat}, {@code zoho-salesiq}).
 */
public final class SpecSources {

    /** The names of the bundled specs. */
    public static final List<String> BUNDLED = List.of("zendesk-chat", "zoho-salesiq");

    private final SpecLoader loader = new SpecLoader();

    /**
     * Loads the specs.
     *
     * @param files the user's spec files; when empty, the bundled specs named in {@code bundled}
     * @param bundled names of bundled specs
     * @throws dev.chatcontracts.generator.spec.SpecException for a missing, unreadable or unknown spec
     */
    public List<LoadedSpec> load(List<File> files, List<String> bundled) {
        List<LoadedSpec> specs = new ArrayList<>();
        if (files != null && !files.isEmpty()) {
            files.forEach(file -> specs.add(loader.load(file.toPath())));
            return specs;
        }
        for (String name : bundled == null || bundled.isEmpty() ? BUNDLED : bundled) {
            if (!BUNDLED.contains(name)) {
                throw new dev.chatcontracts.generator.spec.SpecException("spec.bundled.unknown", name,
                        "no bundled spec of that name; the bundled specs are " + BUNDLED);
            }
            specs.add(loader.loadResource("openapi/" + name + ".yaml", SpecSources.class.getClassLoader()));
        }
        return specs;
    }

    /** The content a spec's fingerprint hashes: its tree in a canonical (sorted) JSON form. */
    public static String canonical(LoadedSpec spec) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.treeToValue(spec.tree(), Object.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper CANONICAL = new com.fasterxml.jackson.databind.ObjectMapper()
            .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
}
