package dev.chatcontracts.contracts.pact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The pact files the user names: files as given, and the {@code *.json} files of folders (name order, not recursive). */
public final class PactInputs {

    /**
     * A pact file to read, or a path that gives none and why.
     *
     * @param file the file (or the path given)
     * @param problem why the path gives no pact file, or {@code null}
     */
    public record Input(Path file, String problem) {
    }

    private PactInputs() {
    }

    /** The inputs of the paths, in order. */
    public static List<Input> expand(List<Path> paths) {
        List<Input> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                inputs.addAll(folder(path));
            } else if (Files.isRegularFile(path) && Files.isReadable(path)) {
                inputs.add(new Input(path, null));
            } else {
                inputs.add(new Input(path, path + ": no such readable file or folder"));
            }
        }
        return inputs;
    }

    private static List<Input> folder(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Input> files = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted().map(p -> new Input(p, null)).toList();
            return files.isEmpty() ? List.of(new Input(folder, folder + ": holds no pact files (*.json)")) : files;
        } catch (IOException e) {
            return List.of(new Input(folder, folder + ": cannot be listed: " + e.getMessage()));
        }
    }
}
