package dev.chatcontracts.contracts.pact;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.DocumentedContent;
import dev.chatcontracts.contracts.contract.OperationMatch;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.FindingKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the body matchers of a pact response against the response schema: for each matching rule
 * path, the schemas it reaches ({@link SchemaAtPath}), then each matcher against their types
 * ({@link FieldTypes}). {@code AND} rules contradict when one matcher does; {@code OR} rules when all do.
 *
 * <ul>
 *   <li>{@code integer}, {@code number}: a numeric field; {@code decimal}: a {@code number} field;</li>
 *   <li>{@code boolean}: a boolean field; {@code null}: a nullable one;</li>
 *   <li>{@code timestamp}, {@code datetime}, {@code date}, {@code time}, {@code include}, {@code semver}: a string field;</li>
 *   <li>{@code type} (also V2's {@code min}/{@code max}) and {@code regex}: the example values at the path fit the
 *       field's types; a {@code min} above the array's {@code maxItems}, or a {@code max} below its
 *       {@code minItems}, contradicts; a {@code regex} on an object or array field contradicts;</li>
 *   <li>other matchers ({@code equality}, {@code values}, {@code eachKey}, ...) are not checked.</li>
 * </ul>
 */
final class MatcherCheck {

    private static final Set<String> STRING_MATCHERS = Set.of("timestamp", "datetime", "date", "time", "include", "semver");

    private final Findings findings;

    MatcherCheck(Findings findings) {
        this.findings = findings;
    }

    /** Reports the contradicting and unknown matcher paths of {@code response}. */
    void check(OperationMatch match, PactResponse response, List<Finding> out) {
        Optional<String> schemaPointer = schemaPointer(match, response);
        if (response.bodyRules().isEmpty() || schemaPointer.isEmpty()) {
            return;
        }
        ApiContract contract = match.contract();
        SchemaAtPath schemas = new SchemaAtPath(contract.spec().tree());
        JsonNode body = response.body() == null ? null : response.body().json();
        for (MatchingRule rule : response.bodyRules()) {
            Optional<PactPath> path = PactPath.parse(rule.path());
            if (path.isEmpty()) {
                findings.add(out, findings.start(FindingKeys.PACT_UNREADABLE).expected("a Pact JSON path ($.a[*].b)").actual(rule.path())
                        .variant("matcherPath", "path", rule.path()));
                continue;
            }
            SchemaAtPath.Resolution resolution = schemas.resolve(schemaPointer.get(), path.get());
            if (resolution instanceof SchemaAtPath.Unknown unknown) {
                findings.add(out, findings.start(FindingKeys.PACT_MATCHER_UNKNOWN_FIELD).pointer(path.get().pointer())
                        .schemaLocation(contract.name() + "#" + unknown.parent()).expected("a field the schema declares")
                        .actual(rule.path()).args("path", rule.path(), "reason", unknown.reason()));
                continue;
            }
            SchemaAtPath.Resolved resolved = (SchemaAtPath.Resolved) resolution;
            FieldTypes types = FieldTypes.of(resolved);
            List<JsonNode> examples = path.get().valuesIn(body);
            List<String> reasons = new ArrayList<>();
            for (JsonNode matcher : rule.matchers()) {
                contradiction(matcher, types, examples).ifPresent(reasons::add);
            }
            boolean contradicts = rule.anyOf() ? !reasons.isEmpty() && reasons.size() == rule.matchers().size() : !reasons.isEmpty();
            if (contradicts) {
                String location = resolved.schemas().isEmpty() ? null : contract.name() + "#" + resolved.schemas().get(0).location();
                findings.add(out, findings.start(FindingKeys.PACT_MATCHER_CONTRADICTS).pointer(path.get().pointer())
                        .schemaLocation(location).expected(types.describe()).actual(rule.matchers().toString())
                        .args("path", rule.path(), "reasons", String.join("; ", reasons)));
            }
        }
    }

    /** Why one matcher contradicts the field's types, if it does. */
    static Optional<String> contradiction(JsonNode matcher, FieldTypes types, List<JsonNode> examples) {
        String type = MatchingRule.typeOf(matcher);
        String field = article(types.describe());
        return switch (type) {
            case "integer", "number" -> types.allowsAny("integer", "number") ? Optional.empty()
                    : Optional.of(article(type) + " matcher on " + field);
            case "decimal" -> types.anyType() || types.types().contains("number") ? Optional.empty()
                    : Optional.of("a decimal matcher on " + field + " (the value never has a fraction)");
            case "boolean" -> types.allowsAny("boolean") ? Optional.empty() : Optional.of("a boolean matcher on " + field);
            case "null" -> types.nullable() ? Optional.empty() : Optional.of("a null matcher on " + field + " that is not nullable");
            case "regex" -> regex(types, examples);
            case "type", "min", "max" -> typeMatcher(matcher, types, examples);
            default -> STRING_MATCHERS.contains(type) && !types.allowsAny("string")
                    ? Optional.of(article(type) + " matcher (strings only) on " + field) : Optional.empty();
        };
    }

    private static Optional<String> regex(FieldTypes types, List<JsonNode> examples) {
        if (!types.allowsAny("string", "integer", "number", "boolean")) {
            return Optional.of("a regex matcher on " + article(types.describe()));
        }
        return misfit(types, examples, "regex");
    }

    private static Optional<String> typeMatcher(JsonNode matcher, FieldTypes types, List<JsonNode> examples) {
        if (matcher.has("min") && types.maxItems() != null && matcher.path("min").asInt() > types.maxItems()) {
            return Optional.of("min " + matcher.path("min").asInt() + " items, but the array has maxItems " + types.maxItems());
        }
        if (matcher.has("max") && matcher.path("max").asInt() < types.minItems()) {
            return Optional.of("max " + matcher.path("max").asInt() + " items, but the array has minItems " + types.minItems());
        }
        return misfit(types, examples, "type");
    }

    /** The first example value whose type the field does not allow: the matcher would admit values of its type. */
    private static Optional<String> misfit(FieldTypes types, List<JsonNode> examples, String matcher) {
        return examples.stream().filter(example -> !types.fits(example)).findFirst()
                .map(example -> "a " + matcher + " matcher whose example is " + article(dev.chatcontracts.openapi.schema.JsonTypes.of(example))
                        + " on " + article(types.describe()));
    }

    private static String article(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    /** The response schema for the status and media type, when documented as JSON. */
    private static Optional<String> schemaPointer(OperationMatch match, PactResponse response) {
        return match.contract().response(match.operation(), response.status()).flatMap(documented -> documented
                .mediaTypeFor(response.contentType())
                .filter(DocumentedContent::isJson)
                .map(media -> documented.schemaPointers().get(media)));
    }
}
