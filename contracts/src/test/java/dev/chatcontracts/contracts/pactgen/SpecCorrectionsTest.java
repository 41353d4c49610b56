package dev.chatcontracts.contracts.pactgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.openapi.examples.Direction;
import dev.chatcontracts.openapi.examples.DocumentedExample;
import dev.chatcontracts.openapi.examples.ExampleCollector;
import dev.chatcontracts.contracts.pactgen.ExampleCorrections.Corrected;
import dev.chatcontracts.openapi.model.BundledSpecs;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled specs' corrected copies ({@code x-corrects}) are what the generator's own corrections
 * make of the documented examples: the pacts are the same whichever one they are built from.
 */
class SpecCorrectionsTest {

    static Stream<Arguments> correctedResponses() {
        return BundledSpecs.all().stream().flatMap(spec -> new ExampleCollector().collect(spec).stream()
                .filter(e -> e.corrected() != null && e.direction() == Direction.RESPONSE)
                .map(e -> Arguments.of(spec.name() + " " + e.id(), spec, e)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correctedResponses")
    void theSpecsCopyIsTheGeneratorsCorrection(String id, LoadedSpec spec, DocumentedExample example) {
        Corrected computed = new ExampleCorrections(new SchemaNavigator(spec.tree()))
                .correct(example.value(), example.schema(), example.declaredViolations()).orElseThrow();
        Corrected fromSpec = ExampleCorrections.fromSpec(example.value(), example.corrected(), example.declaredViolations()).orElseThrow();

        assertThat(fromSpec.body()).isEqualTo(computed.body()).isEqualTo(example.corrected());
        assertThat(fromSpec.changes()).isEqualTo(computed.changes());
        assertThat(fromSpec.discrepancies()).isEqualTo(computed.discrepancies());
    }

    @Test
    void everyExampleTheDocumentationGotWrongHasACorrectedCopyInTheSpec() {
        List<DocumentedExample> wrong = BundledSpecs.all().stream().flatMap(spec -> new ExampleCollector().collect(spec).stream())
                .filter(e -> !e.declaredViolations().isEmpty()).toList();

        assertThat(wrong).hasSize(7).allSatisfy(e -> assertThat(e.corrected()).as(e.id()).isNotNull());
        assertThat(correctedResponses()).hasSize(6);
    }

    @Test
    void aMissingPlaceInEitherCopyGivesNoCorrection() {
        var documented = dev.chatcontracts.openapi.testing.Fixtures.json("{'id':1}");
        var violations = List.of(new dev.chatcontracts.openapi.examples.DeclaredViolation("D5", "/id"));

        assertThat(ExampleCorrections.fromSpec(documented, dev.chatcontracts.openapi.testing.Fixtures.json("{'name':'x'}"), violations)).isEmpty();
        assertThat(ExampleCorrections.fromSpec(documented, dev.chatcontracts.openapi.testing.Fixtures.json("{'id':'1'}"), violations))
                .hasValueSatisfying(c -> assertThat(c.changes()).containsExactly("/id 1 -> \"1\" (D5)"));
    }
}
