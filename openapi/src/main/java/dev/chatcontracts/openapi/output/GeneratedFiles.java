package dev.chatcontracts.openapi.output;

import java.nio.file.Path;
import java.util.List;

/**
 * The files a generator wrote, in the order it wrote them (a stable order: specs as given, then
 * spec order inside each).
 *
 * @param files the paths, each under the output directory the generator was given
 */
public record GeneratedFiles(List<Path> files) {

    public GeneratedFiles {
        files = List.copyOf(files);
    }

    /** How many files were written. */
    public int size() {
        return files.size();
    }
}
