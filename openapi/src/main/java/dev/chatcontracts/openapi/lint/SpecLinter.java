package dev.chatcontracts.openapi.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.examples.DeclaredViolation;
import dev.chatcontracts.openapi.examples.DocumentedExample;
import dev.chatcontracts.openapi.examples.ExampleCollector;
import dev.chatcontracts.openapi.examples.ExampleProblem;
import dev.chatcontracts.openapi.examples.ExampleValidator;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.SpecException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lints a spec: Swagger Parser's messages, references that are not local, and every documented
 * example against its schema in its direction. An example may break the spec only where its
 * {@code x-violates} says; a declared violation that no longer happens is stale and reported too. The
 * corrected copy a media type names in place of a documented example kept apart
 * ({@code components/x-documented-examples}) must conform everywhere.
 */
public final class SpecLinter {

    private static final Set<String> COMPOSITIONS = Set.of("oneOf", "anyOf", "allOf", "if", "then", "else");

    public LintReport lint(LoadedSpec spec) {
        List<LintProblem> problems = new ArrayList<>();
        spec.parserMessages().forEach(m -> problems.add(new LintProblem("spec.parser", spec.location(), "", m)));
        collectRemoteRefs(spec, spec.tree(), "", problems);
        List<String> declared = new ArrayList<>();
        int checked = 0;
        if (problems.isEmpty()) {
            try {
                checked = checkExamples(spec, problems, declared);
            } catch (SpecException e) {
                problems.add(new LintProblem(e.key(), spec.location(), e.location(), e.getMessage()));
            }
        }
        Set<String> discrepancies = new TreeSet<>();
        collectDiscrepancies(spec.tree(), discrepancies);
        return new LintReport(spec.name(), checked, problems, declared, List.copyOf(discrepancies));
    }

    private int checkExamples(LoadedSpec spec, List<LintProblem> problems, List<String> declared) {
        ExampleValidator validator = new ExampleValidator(spec.tree());
        List<DocumentedExample> examples = new ExampleCollector().collect(spec);
        for (DocumentedExample example : examples) {
            Set<String> expected = new TreeSet<>();
            for (DeclaredViolation v : example.declaredViolations()) {
                expected.add(v.pointer());
                declared.add(example.id() + " " + v.pointer() + " (" + v.discrepancy() + ")");
            }
            Set<String> seen = new TreeSet<>();
            for (ExampleProblem problem : validator.validate(example)) {
                if (COMPOSITIONS.contains(problem.keyword())) {
                    continue;
                }
                seen.add(problem.pointer());
                if (!expected.contains(problem.pointer())) {
                    problems.add(new LintProblem("example.invalid", spec.location(), example.location() + "#" + problem.pointer(),
                            example.id() + ": " + problem.message() + " (schema " + problem.schemaLocation() + ")"));
                }
            }
            expected.stream().filter(p -> !seen.contains(p)).forEach(p -> problems.add(new LintProblem("example.violation.stale",
                    spec.location(), example.location() + "#" + p, example.id() + ": x-violates names " + p + " but the example conforms there")));
            if (example.corrected() != null) {
                checkCorrectedCopy(spec, validator, example, problems);
            }
        }
        return examples.size();
    }

    /** The copy a media type names in place of a documented example it corrects must conform everywhere. */
    private static void checkCorrectedCopy(LoadedSpec spec, ExampleValidator validator, DocumentedExample example, List<LintProblem> problems) {
        DocumentedExample served = new DocumentedExample(example.operationId(), example.direction(), example.status(), example.mediaType(),
                example.name(), example.location(), example.corrected(), example.schema(), List.of());
        Set<String> reported = new TreeSet<>();
        for (ExampleProblem problem : validator.validate(served)) {
            if (!COMPOSITIONS.contains(problem.keyword()) && reported.add(problem.pointer())) {
                problems.add(new LintProblem("example.corrected.invalid", spec.location(), example.location() + "#" + problem.pointer(),
                        example.id() + ": the corrected copy (x-corrects) " + problem.message() + " (schema " + problem.schemaLocation() + ")"));
            }
        }
    }

    private static void collectRemoteRefs(LoadedSpec spec, JsonNode node, String pointer, List<LintProblem> problems) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && !ref.asText().startsWith("#/")) {
                problems.add(new LintProblem("spec.ref.remote", spec.location(), pointer + "/$ref",
                        "remote reference " + ref.asText() + " is not resolved (remote $ref is switched off)"));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collectRemoteRefs(spec, field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRemoteRefs(spec, node.get(i), pointer + "/" + i, problems);
            }
        }
    }

    private static void collectDiscrepancies(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            node.path("x-doc-discrepancy").forEach(d -> out.add(d.asText()));
        }
        node.forEach(child -> collectDiscrepancies(child, out));
    }
}
