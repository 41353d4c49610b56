package dev.chatcontracts.contracts.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A report written as a stream, result by result, so that a huge run still ends with its report: to a
 * {@link Writer}, to a file, or (for tests and small runs) to a string.
 */
public interface StreamedReport {

    /** Writes the report to {@code out}, as it goes. */
    void write(ValidationReport report, Writer out) throws IOException;

    /** Writes the report to {@code file} (UTF-8), creating parent folders. */
    default void write(ValidationReport report, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, writer);
        }
    }

    /** The report as one string; {@link #write(ValidationReport, Writer)} streams it. */
    default String render(ValidationReport report) {
        StringWriter text = new StringWriter();
        try {
            write(report, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
