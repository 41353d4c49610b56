package dev.chatcontracts.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.examples.DeclaredViolation;
import dev.chatcontracts.openapi.examples.ExampleCollector;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The examples of a spec as the spec keeps them: {@code components/examples/X}, the copy a media type
 * names (valid; {@code x-corrects} lists the D-ids where it departs from the documentation), and
 * {@code components/x-documented-examples/X}, the documentation's verbatim example where it breaks the
 * spec ({@code x-violates}). The documented example of X is the second when present, else the first.
 */
record SpecExamples(Map<String, Served> served, Map<String, Documented> documented) {

    /** A media type's example: {@code components/examples/<name>}. */
    record Served(String name, JsonNode value, List<String> corrects) {
    }

    /** The documentation's verbatim example kept apart: {@code components/x-documented-examples/<name>}. */
    record Documented(String name, String summary, JsonNode value, List<DeclaredViolation> violations) {
    }

    static SpecExamples of(LoadedSpec spec) {
        JsonNode components = spec.tree().path("components");
        Map<String, Served> served = new LinkedHashMap<>();
        components.path("examples").fields().forEachRemaining(e -> served.put(e.getKey(),
                new Served(e.getKey(), e.getValue().path("value"), texts(e.getValue().path("x-corrects")))));
        Map<String, Documented> documented = new LinkedHashMap<>();
        components.path(ExampleCollector.DOCUMENTED_EXAMPLES).fields().forEachRemaining(e -> documented.put(e.getKey(),
                new Documented(e.getKey(), e.getValue().path("summary").asText(null), e.getValue().path("value"),
                        violations(e.getValue().path("x-violates")))));
        return new SpecExamples(served, documented);
    }

    /** The documentation's example of {@code name}: the verbatim copy kept apart, else the served one. */
    JsonNode documentedValue(String name) {
        Documented kept = documented.get(name);
        return kept != null ? kept.value() : served.get(name).value();
    }

    private static List<DeclaredViolation> violations(JsonNode list) {
        List<DeclaredViolation> out = new ArrayList<>();
        list.forEach(v -> out.add(new DeclaredViolation(v.path("discrepancy").asText(), v.path("pointer").asText())));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
