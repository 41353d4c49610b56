package dev.chatcontracts.openapi;

import dev.chatcontracts.openapi.model.BundledSpecs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Swagger Parser reads both specs, remote references switched off, with nothing to say. */
class SpecParsingTest {

    static Stream<String> specs() {
        return BundledSpecs.NAMES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void parsesWithZeroMessages(String name) {
        LoadedSpec spec = BundledSpecs.load(name);

        assertThat(spec.parserMessages()).isEmpty();
        assertThat(spec.model().getOpenapi()).isEqualTo("3.0.3");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void usesOnlyLocalReferences(String name) {
        List<String> refs = new ArrayList<>();
        collectRefs(BundledSpecs.load(name).tree(), refs);

        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(ref).startsWith("#/components/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void everyOperationHasAnIdAndATag(String name) {
        LoadedSpec spec = BundledSpecs.load(name);

        spec.model().getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
            assertThat(op.getOperationId()).as(path).isNotBlank();
            assertThat(op.getTags()).as(path).isNotEmpty();
        }));
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.has("$ref")) {
            out.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, out));
    }
}
