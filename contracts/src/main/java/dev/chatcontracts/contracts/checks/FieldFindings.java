package dev.chatcontracts.contracts.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.DocumentedReadings;
import dev.chatcontracts.contracts.contract.SchemaProblem;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingMessage;
import dev.chatcontracts.contracts.findings.FindingSink;
import dev.chatcontracts.openapi.schema.SchemaView;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** Reports schema problems and unknown fields of a body as findings with the keys of its direction. */
final class FieldFindings {

    private final ApiContract contract;
    private final String schemaPointer;
    private final SchemaView view;
    private final FindingSink sink;
    private final boolean strictSpec;

    /**
     * @param strictSpec whether a value the documentation explains keeps its ordinary key (else {@code
     *     *.field.documented}, see {@link DocumentedReadings})
     */
    FieldFindings(ApiContract contract, String schemaPointer, SchemaView view, FindingSink sink, boolean strictSpec) {
        this.contract = contract;
        this.schemaPointer = schemaPointer;
        this.view = view;
        this.sink = sink;
        this.strictSpec = strictSpec;
    }

    /**
     * One finding per problem; {@code echoed} tells, for a readOnly field in a request, whether it only
     * sends back what the resource returned (then {@code request.field.readOnly.echo}).
     */
    void report(List<SchemaProblem> problems, JsonNode body, Predicate<String> echoed) {
        report(problems, pointer -> FindingSink.render(body.at(pointer)), echoed);
    }

    /** As above, with {@code actualOf} rendering the body's value at a pointer ({@code absent} when none). */
    void report(List<SchemaProblem> problems, Function<String, String> actualOf, Predicate<String> echoed) {
        for (SchemaProblem problem : problems) {
            String location = contract.specLocation(schemaPointer, problem.schemaLocation());
            String actual = problem.kind() == SchemaProblem.Kind.REQUIRED ? "absent" : actualOf.apply(problem.pointer());
            Optional<DocumentedReadings.Reading> reading = strictSpec ? Optional.empty()
                    : contract.documentedReadings().reading(problem, schemaPointer, location, actual, view);
            if (reading.isPresent()) {
                reportDocumented(problem, location, actual, reading.get());
                continue;
            }
            String key = key(problem.kind());
            FindingMessage message = null;
            String expected = problem.expected();
            if (problem.kind() == SchemaProblem.Kind.FORBIDDEN) {
                boolean echo = view == SchemaView.REQUEST && echoed.test(problem.pointer());
                key = echo ? FindingKeys.REQUEST_FIELD_READ_ONLY_ECHO : key;
                expected = view == SchemaView.REQUEST ? "absent (readOnly)" : "absent (writeOnly)";
                message = FindingMessage.of(key);
            }
            if (message == null) {
                String variant = problem.kind() == SchemaProblem.Kind.UNKNOWN ? "schema" : null;
                message = FindingMessage.variant(key, variant, "problem", problem.message());
            }
            sink.add(sink.start(key).pointer(problem.pointer()).schemaLocation(location)
                    .expected(expected).actual(actual).message(message));
        }
    }

    /** A value that breaks the spec but is what the documentation says: named with its discrepancy. */
    private void reportDocumented(SchemaProblem problem, String location, String actual, DocumentedReadings.Reading reading) {
        String key = view == SchemaView.REQUEST ? FindingKeys.REQUEST_FIELD_DOCUMENTED : FindingKeys.RESPONSE_FIELD_DOCUMENTED;
        sink.add(sink.start(key).pointer(problem.pointer()).schemaLocation(location)
                .expected(reading.specReading() + " (spec); " + reading.documentedReading() + " (documentation)")
                .actual(actual)
                .args("discrepancy", reading.discrepancy(), "spec", reading.specReading(),
                        "documentation", reading.documentedReading()));
    }

    /** One finding per field the schema does not declare. */
    void reportUnknown(List<String> pointers, JsonNode body) {
        reportUnknown(pointers, pointer -> FindingSink.render(body.at(pointer)));
    }

    /** As above, with {@code actualOf} rendering the body's value at a pointer. */
    void reportUnknown(List<String> pointers, Function<String, String> actualOf) {
        String key = view == SchemaView.REQUEST ? FindingKeys.REQUEST_FIELD_UNKNOWN : FindingKeys.RESPONSE_FIELD_UNKNOWN;
        for (String pointer : pointers) {
            sink.add(sink.start(key).pointer(pointer)
                    .schemaLocation(contract.name() + "#" + schemaPointer)
                    .expected("not present (undeclared)")
                    .actual(actualOf.apply(pointer))
                    .args());
        }
    }

    private String key(SchemaProblem.Kind kind) {
        String direction = view.id();
        return switch (kind) {
            case FORBIDDEN -> view == SchemaView.REQUEST ? FindingKeys.REQUEST_FIELD_READ_ONLY : FindingKeys.RESPONSE_FIELD_WRITE_ONLY;
            case REQUIRED -> direction + ".field.required";
            case TYPE -> direction + ".field.type";
            case ENUM -> direction + ".field.enum";
            case FORMAT -> direction + ".field.format";
            case LIMIT -> direction + ".field.limit";
            case UNKNOWN -> direction + ".field.unknown";
            case SCHEMA -> direction + ".field.schema";
        };
    }
}
