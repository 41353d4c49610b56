package dev.chatcontracts.check.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.pactgen.PactSpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pact files {@code check} verifies: listed as {@code check-pact} lists them, each read in both models. */
class VerificationPactsTest {

    @TempDir
    Path dir;

    @Test
    void eachPactIsReadInOurModelAndPactJvms() {
        VerificationPacts inputs = TestPacts.read(PactSpecVersion.V4);

        assertThat(inputs.pacts()).allSatisfy(pact -> {
            assertThat(pact.document().file()).isEqualTo(pact.file());
            assertThat(pact.document().http()).hasSameSizeAs(pact.pact().getInteractions());
            assertThat(pact.document().provider()).isEqualTo(pact.provider());
        });
    }

    @Test
    void aFolderWithoutPactFilesAndAMissingPathAreUnreadableWithTheReason() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path noPact = Files.writeString(dir.resolve("no-pact.json"), "{\"consumer\": {\"name\": \"c\"}}");

        VerificationPacts inputs = VerificationPacts.read(List.of(empty, dir.resolve("missing.json"), noPact));

        assertThat(inputs.pacts()).isEmpty();
        assertThat(inputs.unreadable()).containsOnlyKeys(empty, dir.resolve("missing.json"), noPact);
        assertThat(inputs.unreadable().get(empty)).contains("holds no pact files");
        assertThat(inputs.unreadable().get(noPact)).contains("not a pact");
    }
}
