package dev.chatcontracts.contracts.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.CompiledParameter;
import dev.chatcontracts.contracts.contract.OperationMatch;
import dev.chatcontracts.contracts.contract.SchemaProblem;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingSink;
import dev.chatcontracts.contracts.findings.Severity;
import dev.chatcontracts.contracts.walkers.PointerTokens;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks an exchange's parameters (path, query, request headers) against the operation's documented ones,
 * each value read as its schema's type and validated against the schema compiled once per operation.
 * Findings point at {@code /path/<name>}, {@code /query/<name>}, {@code /header/<name>}. A request the provider
 * answered 400 was refused, as the spec documents for a bad parameter: its parameter findings are INFO at most.
 */
public final class ParameterCheck {

    private static final int MAX_VALUE_LENGTH = 120;

    private ParameterCheck() {
    }

    public static void check(OperationMatch match, Exchange exchange, FindingSink sink) {
        ApiContract contract = match.contract();
        boolean refused = exchange.status() == 400;
        Map<String, List<String>> query = RawValues.query(exchange.url());
        Set<String> documentedQuery = query.isEmpty() ? null : new HashSet<>();
        for (CompiledParameter parameter : contract.parameters(match.operation())) {
            if (documentedQuery != null && parameter.in().equals("query")) {
                documentedQuery.add(parameter.name());
            }
            List<String> values = valuesOf(parameter, match, query, exchange);
            if (values == null || values.isEmpty()) {
                if (parameter.required() && !parameter.in().equals("path")) {
                    sink.add(start(sink, FindingKeys.REQUEST_PARAMETER_REQUIRED, refused).pointer(pointer(parameter))
                            .schemaLocation(contract.name() + "#" + parameter.schemaPointer())
                            .expected("present").actual("absent")
                            .args("in", parameter.in(), "name", parameter.name()));
                }
                continue;
            }
            checkValue(contract, parameter, values, "request.parameter", refused, sink);
        }
        if (documentedQuery == null) {
            return;
        }
        query.forEach((name, values) -> {
            if (!documentedQuery.contains(name)) {
                sink.add(sink.start(FindingKeys.REQUEST_PARAMETER_UNKNOWN).pointer("/query/" + PointerTokens.escape(name))
                        .expected("a documented query parameter").actual(shown(values.get(0)))
                        .args("name", name));
            }
        });
    }

    /**
     * Checks one value against a parameter's (or header's) schema: nothing when it is read as the schema's type and
     * the parameter's quick check accepts it (most values are; nothing else is made for them), else {@code
     * <prefix>.type} when it cannot be read as that type, or one finding per schema problem ({@code .enum}, {@code
     * .format}, {@code .limit}, {@code .schema}), at {@link #pointer}.
     */
    static void checkValue(ApiContract contract, CompiledParameter parameter, List<String> values, String prefix,
            boolean refused, FindingSink sink) {
        JsonNode value = RawValues.read(values, parameter.type());
        if (value != null && parameter.accepts().test(value)) {
            return;
        }
        String pointer = pointer(parameter);
        String actual = shown(values.size() == 1 ? values.get(0) : String.join(",", values));
        if (value == null) {
            sink.add(start(sink, prefix + ".type", refused).pointer(pointer)
                    .schemaLocation(contract.name() + "#" + parameter.schemaPointer() + "/type")
                    .expected(parameter.type()).actual(actual)
                    .args("in", parameter.in(), "kind", kind(parameter), "name", parameter.name(), "aType", article(parameter.type())));
            return;
        }
        for (SchemaProblem problem : SchemaErrorMapper.map(parameter.schema().validate(value))) {
            sink.add(start(sink, prefix + "." + suffix(problem.kind()), refused).pointer(pointer + problem.pointer())
                    .schemaLocation(contract.specLocation(parameter.schemaPointer(), problem.schemaLocation()))
                    .expected(problem.expected()).actual(actual)
                    .args("in", parameter.in(), "kind", kind(parameter), "name", parameter.name(), "problem", problem.message()));
        }
    }

    /** A finding with the policy's severity; at most INFO when the provider refused the request. */
    private static Finding.Builder start(FindingSink sink, String key, boolean refused) {
        Finding.Builder finding = sink.start(key);
        return refused && sink.severityOf(key).compareTo(Severity.INFO) > 0 ? finding.severity(Severity.INFO) : finding;
    }

    private static List<String> valuesOf(CompiledParameter parameter, OperationMatch match, Map<String, List<String>> query,
            Exchange exchange) {
        return switch (parameter.in()) {
            case "path" -> {
                String raw = match.pathParameters().get(parameter.name());
                boolean template = raw != null && isTemplateOf(raw, parameter.name());
                yield raw == null || template ? null : List.of(RawValues.decode(raw, false));
            }
            case "query" -> query.get(parameter.name());
            default -> exchange.requestHeaders().values().get(parameter.name().toLowerCase(Locale.ROOT));
        };
    }

    /** Whether a path value is the parameter's own template segment ({@code {name}}), sent unfilled. */
    private static boolean isTemplateOf(String raw, String name) {
        return raw.length() == name.length() + 2 && raw.charAt(0) == '{' && raw.endsWith("}") && raw.startsWith(name, 1);
    }

    /** Where a parameter's findings point: {@code /<in>/<name>} ({@code /header/Retry-After} for a response header). */
    static String pointer(CompiledParameter parameter) {
        return "/" + parameter.in() + "/" + PointerTokens.escape(parameter.name());
    }

    private static String suffix(SchemaProblem.Kind kind) {
        return switch (kind) {
            case TYPE -> "type";
            case ENUM -> "enum";
            case FORMAT -> "format";
            case LIMIT -> "limit";
            default -> "schema";
        };
    }

    private static String kind(CompiledParameter parameter) {
        return parameter.in().equals("header") ? "header" : "parameter";
    }

    private static String article(String type) {
        return (type.startsWith("a") || type.startsWith("i") ? "an " : "a ") + type;
    }

    static String shown(String value) {
        return value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH) + "…";
    }
}
