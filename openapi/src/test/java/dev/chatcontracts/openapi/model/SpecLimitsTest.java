package dev.chatcontracts.openapi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile specs, built here: each is refused quickly with the spec and the place named, or read. */
@Timeout(value = 30)
class SpecLimitsTest {

    private static final String HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";

    /** a: &a [x × 9], b: &b [*a × 9] … : 0.4 KB that expands to 9^9 scalars. */
    static String aliasBomb() {
        StringBuilder yaml = new StringBuilder(HEAD).append("x-bomb:\n  a: &a [x,x,x,x,x,x,x,x,x]\n");
        String previous = "a";
        for (String name : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
            yaml.append("  ").append(name).append(": &").append(name).append(" [")
                    .append(String.join(",", Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = name;
        }
        return yaml.toString();
    }

    /** Two aliases a level, 25 levels: 50 aliases (under SnakeYAML's count) expanding to 2^25 nodes. */
    static String narrowAliasBomb() {
        StringBuilder yaml = new StringBuilder(HEAD).append("x-bomb:\n  l0: &l0 [x,x]\n");
        for (int i = 1; i < 25; i++) {
            yaml.append("  l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        return yaml.toString();
    }

    @Test
    void aBillionLaughsIsRefusedAtOnce() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> new SpecLoader().parse("bomb", "bomb.yaml", aliasBomb()))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("bomb.yaml")
                .hasMessageContaining("line ")
                .satisfies(e -> assertThat(((SpecException) e).key()).isEqualTo("spec.yaml.aliases"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aBombUnderTheAliasCountIsRefusedByItsExpandedSize() {
        assertThatThrownBy(() -> new SpecLoader().parse("narrow", "narrow.yaml", narrowAliasBomb()))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("narrow.yaml")
                .hasMessageContaining("expand to more than 1000000 nodes")
                .satisfies(e -> assertThat(((SpecException) e).key()).isEqualTo("spec.yaml.aliases"));
    }

    @Test
    void aRecursiveAliasIsRefused() {
        assertThatThrownBy(() -> new SpecLoader().parse("self", "self.yaml", HEAD + "x-self: &s [1, *s]\n"))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("self.yaml")
                .satisfies(e -> assertThat(((SpecException) e).key()).isEqualTo("spec.yaml.aliases"));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        int depth = 100_000;
        String deep = HEAD + "x-deep: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
        assertThatThrownBy(() -> new SpecLoader().parse("deep", "deep.yaml", deep))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("deep.yaml")
                .satisfies(e -> assertThat(((SpecException) e).key()).isEqualTo("spec.tooDeep"));
    }

    @Test
    void textOverTheCodePointLimitIsRefused() {
        String big = HEAD + "x-big: '" + "a".repeat(SpecLimits.MAX_CODE_POINTS) + "'\n";
        assertThatThrownBy(() -> new SpecLoader().parse("big", "big.yaml", big))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("big.yaml")
                .satisfies(e -> assertThat(((SpecException) e).key()).isEqualTo("spec.tooLarge"));
    }

    @Test
    void aFewAliasesAreFine() {
        LoadedSpec spec = new SpecLoader().parse("ok", "ok.yaml", HEAD + "x-a: &a {k: v}\nx-b: *a\nx-c: [*a, *a]\n");
        assertThat(spec.tree().path("x-c").get(1).path("k").asText()).isEqualTo("v");
    }

    @Test
    void aSchemaThatAppliesItselfToTheSameValueIsRefusedWithItsPlace() {
        String spec = HEAD + "components:\n  schemas:\n    B: {allOf: [{$ref: '#/components/schemas/C'}]}\n"
                + "    C: {anyOf: [{type: string}, {$ref: '#/components/schemas/B'}]}\n";
        assertThatThrownBy(() -> new SpecLoader().parse("cyc", "cyc.yaml", spec))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("cyc.yaml#/components/schemas/B")
                .hasMessageContaining("#/components/schemas/B → #/components/schemas/C → #/components/schemas/B")
                .satisfies(e -> assertThat(((SpecException) e).key()).isEqualTo("spec.ref.cycle"));
    }

    @Test
    void recursionThroughFieldsIsARecursiveSchemaNotACycle() {
        String spec = HEAD + "components:\n  schemas:\n    Node:\n      type: object\n      properties:\n"
                + "        children: {type: array, items: {$ref: '#/components/schemas/Node'}}\n"
                + "        parent: {$ref: '#/components/schemas/Node'}\n"
                + "        alt: {oneOf: [{$ref: '#/components/schemas/Node'}, {type: string}]}\n";
        assertThat(new SpecLoader().parse("node", "node.yaml", spec).model().getComponents().getSchemas()).containsKey("Node");
    }
}
