package dev.chatcontracts.contracts.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import dev.chatcontracts.openapi.examples.DocumentedExample;
import dev.chatcontracts.openapi.examples.ExampleCollector;
import dev.chatcontracts.openapi.schema.JsonSchemaConverter;
import dev.chatcontracts.openapi.model.BundledSpecs;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented example of both bundled specs, in its direction (requests in the REQUEST view,
 * responses in the RESPONSE view): the streaming validator fails exactly the values networknt fails,
 * with the same leaf keywords.
 */
class DocumentedExamplesCrossCheckTest {

    static Stream<Arguments> examples() {
        return BundledSpecs.all().stream().flatMap(spec -> new ExampleCollector().collect(spec).stream()
                .map(example -> Arguments.of(spec.name() + ": " + example.id(), spec, example)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void failsTheValuesNetworkntFails(String id, LoadedSpec spec, DocumentedExample example) {
        var document = new JsonSchemaConverter(spec.tree()).document(example.schema(), example.direction().view());
        Schema reference = NetworkntReference.schema(document);
        StreamingValidator streaming = new StreamingValidator(StreamingSchema.compile(document));

        List<StreamingViolation> violations = streaming.validate(example.value());

        Set<String> expected = NetworkntReference.leafFailures(reference, example.value());
        assertThat(NetworkntReference.leafFailures(violations)).as("%s: %s", id, violations).isEqualTo(expected);
    }

    @Test
    void coversAllDocumentedExamplesIncludingTheOnesThatFail() {
        List<DocumentedExample> all = BundledSpecs.all().stream()
                .flatMap(spec -> new ExampleCollector().collect(spec).stream()).toList();

        assertThat(all).hasSize(33);
        assertThat(all).filteredOn(example -> !example.declaredViolations().isEmpty()).hasSize(7);
    }
}
