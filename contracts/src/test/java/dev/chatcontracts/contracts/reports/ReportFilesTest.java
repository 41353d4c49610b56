package dev.chatcontracts.contracts.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report files of a run: both written when asked, and where possible only when the run is stopping. */
class ReportFilesTest {

    @TempDir
    Path dir;

    private final ValidationReport report = new ValidationReport(List.of(), List.of());

    @Test
    void writesTheReportsAskedFor() throws IOException {
        ReportFiles.write(report, dir.resolve("junit.xml"), null);

        assertThat(dir.resolve("junit.xml")).content().contains("<testsuites");
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void aReportThatCannotBeWrittenIsAnIoExceptionOrLeftOutWherePossible() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        Path impossible = file.resolve("junit.xml");
        Path html = dir.resolve("report.html");

        assertThatThrownBy(() -> ReportFiles.write(report, impossible, html)).isInstanceOf(IOException.class);
        assertThat(ReportFiles.writeWherePossible(report, impossible, html)).containsExactly(html);
        assertThat(html).content().contains("<html");
    }
}
