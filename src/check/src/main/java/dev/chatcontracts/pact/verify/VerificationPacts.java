package dev.chatcontracts.pact.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The pacts to verify: pact files given as files or folders (a folder's {@code *.json} files, name order, not recursive),
 * read with Pact JVM.
 *
 * @param pacts the files that could be read
 * @param unreadable the others, with the reason
 */
public record VerificationPacts(List<PactFile> pacts, Map<Path, String> unreadable) {

    public VerificationPacts {
        pacts = List.copyOf(pacts);
        unreadable = Map.copyOf(unreadable);
    }

    /** Reads every pact file of {@code inputs}. */
    public static VerificationPacts read(List<Path> inputs) {
        List<PactFile> pacts = new ArrayList<>();
        Map<Path, String> unreadable = new LinkedHashMap<>();
        for (Path file : files(inputs, unreadable)) {
            try {
                pacts.add(PactFile.load(file));
            } catch (IOException | RuntimeException e) {
                String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                unreadable.put(file, "cannot read the pact file: " + why);
            }
        }
        return new VerificationPacts(pacts, unreadable);
    }

    private static List<Path> files(List<Path> inputs, Map<Path, String> unreadable) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> listing = Files.list(input)) {
                    listing.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().forEach(files::add);
                } catch (IOException e) {
                    unreadable.put(input, "cannot list the folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                unreadable.put(input, "no such file or folder");
            }
        }
        return files;
    }
}
