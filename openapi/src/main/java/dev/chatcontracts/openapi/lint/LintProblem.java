package dev.chatcontracts.openapi.lint;

/**
 * A problem the linter found.
 *
 * @param key a stable key: {@code spec.parser}, {@code spec.ref.remote}, {@code example.invalid},
 *     {@code example.violation.stale}, {@code example.corrected.invalid}
 * @param file the spec's location
 * @param pointer a JSON pointer: into the spec, or for an example {@code <example location>#<pointer into the value>}
 * @param message what is wrong
 */
public record LintProblem(String key, String file, String pointer, String message) {

    @Override
    public String toString() {
        return file + " " + pointer + ": " + message + " [" + key + "]";
    }
}
