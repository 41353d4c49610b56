package dev.chatcontracts.openapi;

import dev.chatcontracts.generator.spec.LoadedSpec;
import dev.chatcontracts.generator.spec.SpecLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The two specs of this module, read from the source tree. */
final class BundledSpecs {

    static final Path DIRECTORY = Path.of("src/main/resources/openapi");
    static final List<String> NAMES = List.of("zendesk-chat", "zoho-salesiq");

    private BundledSpecs() {
    }

    static LoadedSpec load(String name) {
        return new SpecLoader().load(DIRECTORY.resolve(name + ".yaml"));
    }

    static Stream<LoadedSpec> all() {
        return NAMES.stream().map(BundledSpecs::load);
    }
}
