package dev.chatcontracts.generator.schemas;

import dev.chatcontracts.generator.spec.LoadedSpec;
import dev.chatcontracts.generator.spec.SpecLoader;
import java.nio.file.Path;
import java.util.List;

/** The specs of the openapi module, read from its sources (this module cannot depend on it). */
public final class BundledSpecs {

    private static final Path DIR = Path.of("../openapi/src/main/resources/openapi");

    private BundledSpecs() {
    }

    public static LoadedSpec zendesk() {
        return new SpecLoader().load(DIR.resolve("zendesk-chat.yaml"));
    }

    public static LoadedSpec zoho() {
        return new SpecLoader().load(DIR.resolve("zoho-salesiq.yaml"));
    }

    public static List<LoadedSpec> all() {
        return List.of(zendesk(), zoho());
    }
}
