package dev.chatcontracts.openapi;

import dev.chatcontracts.openapi.model.BundledSpecs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.openapi.examples.DeclaredViolation;
import dev.chatcontracts.openapi.examples.DocumentedExample;
import dev.chatcontracts.openapi.examples.ExampleCollector;
import dev.chatcontracts.openapi.examples.ExampleProblem;
import dev.chatcontracts.openapi.examples.ExampleValidator;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented example is checked against its schema in its direction. An example the
 * documentation got wrong (kept verbatim under {@code components/x-documented-examples}) must fail
 * exactly where its {@code x-violates} list says, each place explained by a discrepancy; every other
 * example must pass. Every example a media type names is valid: where the documentation is wrong it
 * is the corrected copy, equal to the documented one with the places {@code x-violates} names corrected.
 */
class DocumentedExamplesTest {

    /** Keywords that only report that a sub-schema failed; the sub-schema's own problems say where. */
    private static final Set<String> COMPOSITIONS = Set.of("oneOf", "anyOf", "allOf", "if", "then", "else");

    private static final Map<String, ExampleValidator> VALIDATORS = BundledSpecs.stream()
            .collect(Collectors.toMap(LoadedSpec::name, spec -> new ExampleValidator(spec.tree())));

    static Stream<Arguments> examples() {
        return BundledSpecs.stream().flatMap(spec -> new ExampleCollector().collect(spec).stream()
                .map(example -> Arguments.of(spec.name() + ": " + example.id(), spec.name(), example)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void failsExactlyWhereTheDocumentationIsWrong(String id, String specName, DocumentedExample example) {
        List<ExampleProblem> problems = VALIDATORS.get(specName).validate(example);

        Set<String> failing = problems.stream().filter(p -> !COMPOSITIONS.contains(p.keyword()))
                .map(ExampleProblem::pointer).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = example.declaredViolations().stream().map(DeclaredViolation::pointer)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(failing).as("where %s breaks the spec: %s", id, problems).isEqualTo(declared);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyDeclaredViolationNamesAKnownDiscrepancy(String id, String specName, DocumentedExample example) {
        assertThat(example.declaredViolations()).allSatisfy(v -> assertThat(v.discrepancy()).matches("D([1-9]|1[0-9]|20)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyMediaTypeExampleIsValid(String id, String specName, DocumentedExample example) {
        DocumentedExample served = new DocumentedExample(example.operationId(), example.direction(), example.status(),
                example.mediaType(), example.name(), example.location(), example.served(), example.schema(), List.of());

        assertThat(VALIDATORS.get(specName).validate(served)).as("the example %s names", id).isEmpty();
    }

    static Stream<Arguments> documentedCopies() {
        return BundledSpecs.stream().flatMap(spec -> SpecExamples.of(spec).documented().values().stream()
                .map(documented -> Arguments.of(spec.name() + ": " + documented.name(), SpecExamples.of(spec), documented)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedCopies")
    void theCorrectedCopyIsTheDocumentedOneWithItsViolationsCorrected(String id, SpecExamples examples, SpecExamples.Documented documented) {
        SpecExamples.Served served = examples.served().get(documented.name());
        assertThat(served).as("components/examples/%s, the corrected copy", documented.name()).isNotNull();
        assertThat(documented.violations()).as("a kept-apart example breaks the spec somewhere").isNotEmpty();

        JsonNode corrected = documented.value().deepCopy();
        for (DeclaredViolation violation : documented.violations()) {
            JsonPointer pointer = JsonPointer.compile(violation.pointer());
            assertThat(served.value().at(pointer)).as("%s at %s is corrected", id, pointer).isNotEqualTo(documented.value().at(pointer));
            replace(corrected, pointer, served.value().at(pointer));
        }
        assertThat(served.value()).as("%s differs from the documentation only where x-violates says", id).isEqualTo(corrected);
        assertThat(served.corrects()).as("x-corrects names the discrepancies of x-violates, in order")
                .isEqualTo(documented.violations().stream().map(DeclaredViolation::discrepancy).distinct().toList());
        assertThat(documented.summary()).isNotBlank();
    }

    @Test
    void onlyTheExamplesThatBreakTheSpecAreKeptApartAndNoServedExampleDeclaresViolations() {
        for (LoadedSpec spec : BundledSpecs.stream().toList()) {
            SpecExamples examples = SpecExamples.of(spec);
            JsonNode components = spec.tree().path("components").path("examples");
            examples.served().values().forEach(served -> {
                assertThat(components.path(served.name()).has("x-violates")).as("%s carries x-violates", served.name()).isFalse();
                assertThat(served.corrects().isEmpty()).as("%s: x-corrects iff a documented copy is kept apart", served.name())
                        .isEqualTo(!examples.documented().containsKey(served.name()));
            });
            examples.served().keySet().forEach(name -> assertThat(examples.documentedValue(name)).isNotNull());
        }
        assertThat(SpecExamples.of(BundledSpecs.load("zendesk-chat")).documented().keySet()).containsExactlyInAnyOrder(
                "listAgentsResponse", "createAgentRequest", "listChatsResponse", "visitorJsonFormat",
                "createVisitorResponse", "showVisitorResponse", "updateVisitorResponse");
        assertThat(SpecExamples.of(BundledSpecs.load("zoho-salesiq")).documented()).isEmpty();
    }

    private static void replace(JsonNode body, JsonPointer pointer, JsonNode value) {
        JsonNode parent = body.at(pointer.head());
        if (parent.isArray()) {
            ((ArrayNode) parent).set(pointer.last().getMatchingIndex(), value.deepCopy());
        } else {
            ((ObjectNode) parent).set(pointer.last().getMatchingProperty(), value.deepCopy());
        }
    }

    @Test
    void everyOperationOfTheDocumentationHasItsExamples() {
        List<DocumentedExample> all = BundledSpecs.stream().flatMap(s -> new ExampleCollector().collect(s).stream()).toList();

        assertThat(all).hasSize(33);
        assertThat(all).filteredOn(e -> !e.declaredViolations().isEmpty()).extracting(DocumentedExample::id)
                .as("the documented examples that break the spec")
                .containsExactlyInAnyOrder(
                        "listAgents 200 listAgents",
                        "createAgent request createAgent",
                        "listChats 200 listChats",
                        "createVisitor 201 createVisitor",
                        "showVisitor 200 showVisitor",
                        "showVisitor 200 visitorJsonFormat",
                        "updateVisitor 200 updateVisitor");
    }
}
