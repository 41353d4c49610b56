package dev.chatcontracts.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The mock reads its specs with bounded YAML settings and resolves only local references. */
class SpecDocumentTest {

    @Test
    void theBundledSpecsAreReadOncePerJvm() {
        assertThat(SpecDocument.of(Vendor.ZENDESK_CHAT)).isSameAs(SpecDocument.of(Vendor.ZENDESK_CHAT));
        assertThat(SpecDocument.of(Operation.UPDATE_CONVERSATION_VISITOR).location()).isEqualTo(SpecDocument.SALESIQ_RESOURCE);
        assertThat(SpecRules.all()).isSameAs(SpecRules.all());
    }

    @Test
    void anAliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char level = 'b'; level <= 'j'; level++) {
            yaml.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = level;
        }

        assertThatThrownBy(() -> SpecDocument.parse("bomb.yaml", yaml.toString())).hasMessageContaining("bomb.yaml")
                .hasMessageContaining("alias (*a) at line 2");
    }

    @Test
    void nestingPastTheLimitIsRefused() {
        String deep = "a: " + "[".repeat(SpecDocument.MAX_NESTING_DEPTH + 10) + "]".repeat(SpecDocument.MAX_NESTING_DEPTH + 10);

        assertThatThrownBy(() -> SpecDocument.parse("deep.yaml", deep)).hasMessageContaining("deep.yaml")
                .hasMessageContaining("deeper than " + SpecDocument.MAX_NESTING_DEPTH);
    }

    @Test
    void aScalarAliasIsRefusedRatherThanReadAsItsAnchorsName() {
        assertThatThrownBy(() -> SpecDocument.parse("alias.yaml", "a: &name value\nb: *name\n")).hasMessageContaining("alias (*name)");
    }

    @Test
    void aRepeatedKeyIsRefused() {
        assertThatThrownBy(() -> SpecDocument.parse("twice.yaml", "a: 1\nb: {c: 1, c: 2}\n")).hasMessageContaining("twice.yaml")
                .hasMessageMatching("(?s).*(Duplicate field 'c'|repeats the key c).*");
    }

    @Test
    void textPastTheCodePointLimitIsRefused() {
        String large = "a: '" + "x".repeat(SpecDocument.MAX_CODE_POINTS + 10) + "'\n";

        assertThatThrownBy(() -> SpecDocument.parse("large.yaml", large)).hasMessageContaining("large.yaml");
    }

    @Test
    void referencesOutsideTheSpecOrDanglingOnesAreErrors() {
        SpecDocument spec = SpecDocument.parse("refs.yaml", "components: {schemas: {A: {$ref: 'other.yaml#/B'}, C: {$ref: '#/components/schemas/D'}}}");

        assertThatThrownBy(() -> spec.resolve(spec.at("#/components/schemas/A"))).hasMessageContaining("refers outside");
        assertThatThrownBy(() -> spec.resolve(spec.at("#/components/schemas/C"))).hasMessageContaining("dangling");
    }
}
