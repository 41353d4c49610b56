package dev.chatcontracts.check.cli;

import static dev.chatcontracts.check.cli.CheckRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.cli.CliExit;
import dev.chatcontracts.check.cli.CheckRuns.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --spec-limit}: the bundled specs, read for the generated pacts, refused just over a lowered limit, accepted at it. */
@Timeout(120)
class CheckSpecLimitTest {

    @TempDir
    Path dir;

    @Test
    void aBundledSpecJustOverALoweredLimitIsThreeInOneLineAndAtTheLimitItIsRead() throws IOException {
        int zendesk = codePoints("openapi/zendesk-chat.yaml");
        int largest = Math.max(zendesk, codePoints("openapi/zoho-salesiq.yaml"));

        Run refused = check("codePoints=" + (zendesk - 1));
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(CliExit.CANNOT_RUN);
        assertThat(refused.err().lines()).hasSize(1);
        assertThat(refused.err()).contains("classpath:openapi/zendesk-chat.yaml", "limit of " + (zendesk - 1) + " code points",
                "spec limit codePoints");

        Run accepted = check("codePoints=" + largest);
        assertThat(accepted.exitCode()).as(accepted.err() + accepted.out()).isEqualTo(CliExit.PASSED);
    }

    private Run check(String limit) {
        return run(Map.of(), "check", "--quiet", "--skip-suite", "--spec-limit", limit,
                "--junit-xml", dir.resolve("j.xml").toString(), "--html", dir.resolve("r.html").toString());
    }

    private static int codePoints(String resource) throws IOException {
        try (InputStream in = CheckSpecLimitTest.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.codePointCount(0, text.length());
        }
    }
}
