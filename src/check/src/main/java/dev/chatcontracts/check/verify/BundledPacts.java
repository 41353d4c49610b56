package dev.chatcontracts.check.verify;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.pactgen.PactGenerator;
import dev.chatcontracts.contracts.pactgen.PactOptions;
import dev.chatcontracts.contracts.pactgen.PactResult;
import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import java.nio.file.Path;
import java.util.List;

/** The pacts of the bundled specs, generated with the generator's {@link PactGenerator} (what {@code generate-pacts} writes). */
public final class BundledPacts {

    private BundledPacts() {
    }

    /** Writes the pact files of both bundled specs into {@code dir}, with the plugin's default consumer name. */
    public static PactResult generate(Path dir, PactSpecVersion version) {
        return generate(dir, version, Contracts.bundled());
    }

    /** Writes the pact files of {@code specs} (the bundled specs, read within limits of one's own) into {@code dir}. */
    public static PactResult generate(Path dir, PactSpecVersion version, Contracts specs) {
        return new PactGenerator().generate(PactOptions.builder()
                .specs(specs.all().stream().map(ApiContract::spec).toList())
                .outputDir(dir)
                .version(version)
                .build());
    }

    /** The written files of {@link #generate}. */
    public static List<Path> files(Path dir, PactSpecVersion version) {
        return generate(dir, version).files().files();
    }

    /** The written files of {@link #generate(Path, PactSpecVersion, Contracts)}. */
    public static List<Path> files(Path dir, PactSpecVersion version, Contracts specs) {
        return generate(dir, version, specs).files().files();
    }
}
