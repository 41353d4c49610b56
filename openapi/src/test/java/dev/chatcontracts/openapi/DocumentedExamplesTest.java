package dev.chatcontracts.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.generator.examples.DeclaredViolation;
import dev.chatcontracts.generator.examples.DocumentedExample;
import dev.chatcontracts.generator.examples.ExampleCollector;
import dev.chatcontracts.generator.examples.ExampleProblem;
import dev.chatcontracts.generator.examples.ExampleValidator;
import dev.chatcontracts.generator.spec.LoadedSpec;
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
 * documentation got wrong must fail exactly where its {@code x-violates} list says, each place
 * explained by a discrepancy; every other example must pass.
 */
class DocumentedExamplesTest {

    /** Keywords that only report that a sub-schema failed; the sub-schema's own problems say where. */
    private static final Set<String> COMPOSITIONS = Set.of("oneOf", "anyOf", "allOf", "if", "then", "else");

    private static final Map<String, ExampleValidator> VALIDATORS = BundledSpecs.all()
            .collect(Collectors.toMap(LoadedSpec::name, spec -> new ExampleValidator(spec.tree())));

    static Stream<Arguments> examples() {
        return BundledSpecs.all().flatMap(spec -> new ExampleCollector().collect(spec).stream()
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

    @Test
    void everyOperationOfTheDocumentationHasItsExamples() {
        List<DocumentedExample> all = BundledSpecs.all().flatMap(s -> new ExampleCollector().collect(s).stream()).toList();

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
