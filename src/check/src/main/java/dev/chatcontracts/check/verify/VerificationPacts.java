package dev.chatcontracts.check.verify;

import dev.chatcontracts.contracts.pact.PactInputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pacts to verify: pact files given as files or folders (a folder's {@code *.json} files, name order, not recursive),
 * each read in our model and Pact JVM's ({@link PactFile}).
 *
 * @param pacts the files that could be read
 * @param unreadable the others, with the reason: a path that gives no pact file (missing, a folder without
 *     {@code *.json} files) or a file that cannot be read
 */
public record VerificationPacts(List<PactFile> pacts, Map<Path, String> unreadable) {

    public VerificationPacts {
        pacts = List.copyOf(pacts);
        unreadable = Map.copyOf(unreadable);
    }

    /** Reads every pact file of {@code inputs} (listed as {@code check-pact} lists them: {@link PactInputs}). */
    public static VerificationPacts read(List<Path> inputs) {
        List<PactFile> pacts = new ArrayList<>();
        Map<Path, String> unreadable = new LinkedHashMap<>();
        for (PactInputs.Input input : PactInputs.expand(inputs)) {
            if (input.problem() != null) {
                unreadable.put(input.file(), input.problem());
                continue;
            }
            try {
                pacts.add(PactFile.load(input.file()));
            } catch (IOException | RuntimeException e) {
                String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                unreadable.put(input.file(), "cannot read the pact file: " + why);
            }
        }
        return new VerificationPacts(pacts, unreadable);
    }
}
