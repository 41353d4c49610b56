package dev.chatcontracts.plugin.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.plugin.SpecSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code lint} goal without Maven. */
class LintGoalTest {

    @Test
    void theBundledSpecsHaveNoProblemAndSayWhatWasChecked() {
        List<LoadedSpec> specs = new SpecSources().read(List.of(), SpecSources.BUNDLED).loaded();

        LintGoal.Result result = new LintGoal().run(specs);

        assertThat(result.problems()).isEmpty();
        assertThat(result.info()).anyMatch(line -> line.matches("zendesk-chat: \\d+ examples checked, 0 problems, "
                + "discrepancies recorded: D\\d+.*"));
    }

    @Test
    void anExampleThatBreaksItsSchemaUndeclaredIsAProblemNamedInTheFailure(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("api-bad-example.yaml"), """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /things:
                    get:
                      operationId: listThings
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {type: object, properties: {count: {type: integer}}}
                              examples:
                                bad: {value: {count: "three"}}
                """);

        LintGoal.Result result = new LintGoal().run(new SpecSources().read(List.of(spec.toFile()), List.of()).loaded());

        assertThat(result.problems()).hasSize(1);
        assertThat(result.failure()).startsWith("1 spec problem(s); the first: ").contains("/count");
    }
}
