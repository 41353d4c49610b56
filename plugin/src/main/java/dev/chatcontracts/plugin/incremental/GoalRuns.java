package dev.chatcontracts.plugin.incremental;

import dev.chatcontracts.openapi.model.SpecLimits;
import dev.chatcontracts.plugin.SpecSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What every generating goal shares, without Maven: the fingerprint's base (the specs' text, the selection of
 * operations, the plugin's version, spec limits other than the defaults), the generated files as the state records them (relative to the build
 * directory), and the one line that says whether a run was up to date or why it generated.
 */
public final class GoalRuns {

    private GoalRuns() {
    }

    /** A fingerprint with the specs, the selection and the plugin's version; a goal adds its own configuration. */
    public static Fingerprint.Builder fingerprint(SpecSet specs, Set<String> operationIds, Set<String> tags,
                                                  String pluginVersion) {
        Fingerprint.Builder fingerprint = Fingerprint.builder()
                .config("operations", operationIds)
                .config("tags", tags)
                .version("chat-contracts", pluginVersion);
        specs.sources().forEach(spec -> fingerprint.spec(spec.name(), spec.content()));
        if (!specs.limits().equals(SpecLimits.defaults())) {
            fingerprint.config("specLimits", specs.limits().toString());
        }
        return fingerprint;
    }

    /** Paths relative to {@code root} (the build directory), as the incremental state records them. */
    public static List<Path> relativeTo(Path root, List<Path> files) {
        Path base = root.toAbsolutePath().normalize();
        return files.stream().map(file -> base.relativize(file.toAbsolutePath().normalize())).toList();
    }

    /**
     * The line a goal logs: {@code "<Things> are up to date (n files)"} or {@code "Generated n <things> because
     * <reason>"}.
     *
     * @param upToDateSubject what is up to date, e.g. {@code "Schemas"}
     * @param generatedNoun   what was generated, e.g. {@code "schema files"} or {@code "pact files (V3)"}
     */
    public static String describe(IncrementalGeneration.Outcome outcome, String upToDateSubject, String generatedNoun) {
        return outcome.upToDate()
                ? upToDateSubject + " are up to date (" + outcome.files().size() + " files)"
                : "Generated " + outcome.files().size() + " " + generatedNoun + " because " + outcome.reason();
    }
}
