package dev.chatcontracts.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An unusable user spec fails the goal with a MojoFailureException naming the spec and the place. */
@Timeout(60)
class UnusableSpecMojoTest {

    private static final String HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";

    @TempDir
    Path dir;

    private LintMojo lint(Path spec) {
        LintMojo mojo = new LintMojo();
        mojo.specs = List.of(spec.toFile());
        return mojo;
    }

    @Test
    void anAliasBombFailsTheGoalAtOnce() throws IOException {
        StringBuilder yaml = new StringBuilder(HEAD).append("x-bomb:\n  a: &a [x,x,x,x,x,x,x,x,x]\n");
        String previous = "a";
        for (String name : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
            yaml.append("  ").append(name).append(": &").append(name).append(" [")
                    .append(String.join(",", Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = name;
        }
        Path spec = Files.writeString(dir.resolve("bomb.yaml"), yaml);

        assertThatThrownBy(() -> lint(spec).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("bomb.yaml")
                .hasMessageContaining("line ")
                .hasMessageContaining("spec.yaml.aliases");
    }

    @Test
    void aSchemaCycleFailsTheGoalNamingTheSchema() throws IOException {
        Path spec = Files.writeString(dir.resolve("cycle.yaml"), HEAD + "components:\n  schemas:\n"
                + "    B: {allOf: [{$ref: '#/components/schemas/C'}]}\n    C: {allOf: [{$ref: '#/components/schemas/B'}]}\n");

        assertThatThrownBy(() -> lint(spec).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("cycle.yaml#/components/schemas/B")
                .hasMessageContaining("spec.ref.cycle");
    }

    @Test
    void aRecursiveSchemaIsLinted() throws Exception {
        Path spec = Files.writeString(dir.resolve("node.yaml"), HEAD + "components:\n  schemas:\n    Node:\n      type: object\n"
                + "      properties:\n        children: {type: array, items: {$ref: '#/components/schemas/Node'}}\n");
        lint(spec).execute();
        assertThat(spec).exists();
    }

    @Test
    void aSpecJustOverALoweredLimitFailsTheGoalNamingTheSpecAndTheLimitAndARaisedOneReadsIt() throws Exception {
        String text = HEAD + "x-note: a spec of a known size\n";
        Path spec = Files.writeString(dir.resolve("sized.yaml"), text);
        int codePoints = text.codePointCount(0, text.length());

        LintMojo lowered = lint(spec);
        lowered.specMaxCodePoints = (long) codePoints - 1;
        assertThatThrownBy(lowered::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("sized.yaml")
                .hasMessageContaining("limit of " + (codePoints - 1) + " code points")
                .hasMessageContaining("spec.tooLarge");

        LintMojo atTheLimit = lint(spec);
        atTheLimit.specMaxCodePoints = (long) codePoints;
        atTheLimit.execute();
    }

    @Test
    void aNestingLimitAppliesToTheBundledSpecsAndAValueBelowOneFailsTheGoal() {
        LintMojo bundled = new LintMojo();
        bundled.bundledSpecs = List.of("zendesk-chat");
        bundled.specMaxNestingDepth = 3L;
        assertThatThrownBy(bundled::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("classpath:openapi/zendesk-chat.yaml").hasMessageContaining("spec limit nestingDepth");

        LintMojo zero = new LintMojo();
        zero.specMaxAliases = 0L;
        assertThatThrownBy(zero::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("aliases");
    }
}
