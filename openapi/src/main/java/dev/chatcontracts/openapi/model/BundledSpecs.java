package dev.chatcontracts.openapi.model;

import java.util.List;
import java.util.stream.Stream;

/** The two specs this module bundles ({@code /openapi/<name>.yaml} on the classpath), each parsed on every call. */
public final class BundledSpecs {

    /** The bundled specs' names, Zendesk Chat first. */
    public static final List<String> NAMES = List.of("zendesk-chat", "zoho-salesiq");

    private BundledSpecs() {
    }

    /** One bundled spec by name ({@code zendesk-chat} or {@code zoho-salesiq}). */
    public static LoadedSpec load(String name) {
        return new SpecLoader().loadBundled(name, BundledSpecs.class.getClassLoader());
    }

    public static LoadedSpec zendesk() {
        return load("zendesk-chat");
    }

    public static LoadedSpec zoho() {
        return load("zoho-salesiq");
    }

    public static List<LoadedSpec> all() {
        return NAMES.stream().map(BundledSpecs::load).toList();
    }

    public static Stream<LoadedSpec> stream() {
        return all().stream();
    }
}
