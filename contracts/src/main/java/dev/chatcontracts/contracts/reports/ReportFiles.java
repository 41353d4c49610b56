package dev.chatcontracts.contracts.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The report files a run asks for, written the same way by the CLIs and the reporting goals. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Writes the JUnit XML report to {@code junitXml} and the HTML report to {@code html}, each when not null. */
    public static void write(ValidationReport report, Path junitXml, Path html) throws IOException {
        if (junitXml != null) {
            new JUnitXmlReport().write(report, junitXml);
        }
        if (html != null) {
            new HtmlReport().write(report, html);
        }
    }

    /**
     * The same, each where possible, for a run that is stopping anyway (out of memory, interrupted): a report that
     * cannot be written is left out, never thrown. The paths written, in order.
     */
    public static List<Path> writeWherePossible(ValidationReport report, Path junitXml, Path html) {
        List<Path> written = new ArrayList<>();
        for (Path path : new Path[] {junitXml, html}) {
            if (path == null) {
                continue;
            }
            try {
                if (path == junitXml) {
                    new JUnitXmlReport().write(report, path);
                } else {
                    new HtmlReport().write(report, path);
                }
                written.add(path);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                // where possible only: the caller is already reporting why the run stopped
            }
        }
        return written;
    }
}
