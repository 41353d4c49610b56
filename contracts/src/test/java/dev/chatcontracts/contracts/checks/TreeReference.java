package dev.chatcontracts.contracts.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.Contracts;
import dev.chatcontracts.contracts.contract.DocumentedContent;
import dev.chatcontracts.contracts.contract.OperationMatch;
import dev.chatcontracts.contracts.engine.ContractValidator;
import dev.chatcontracts.contracts.engine.ValidationOptions;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.BodyParser;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.exchange.ParsedBody;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.Finding;
import dev.chatcontracts.contracts.findings.FindingSink;
import dev.chatcontracts.contracts.walkers.WalkResult;
import dev.chatcontracts.openapi.schema.SchemaView;
import java.util.List;
import java.util.Optional;

/**
 * The engine's former tree path, kept as the reference the one-pass body check is compared with: the body
 * read into a tree (duplicate keys noted), networknt on the tree, the {@code InstanceWalker} for undeclared
 * fields, the values shown read from the redacted tree. Only the body findings ({@code *.field.*}, {@code
 * *.body.*}) of one exchange on its own, without the session rules.
 */
public final class TreeReference {

    private static final ContractValidator ENGINE = ContractValidator.bundled();
    private static final ValidationOptions OPTIONS = ValidationOptions.defaults();
    private static final BodyParser PARSER = new BodyParser(OPTIONS.maxBodyBytes(), OPTIONS.maxNestingDepth());

    private TreeReference() {
    }

    /** The engine's body findings for the exchange, each as key, pointer, location, expected and actual. */
    public static List<String> engine(Exchange exchange) {
        return view(ENGINE.validate(exchange).findings());
    }

    /** The tree path's body findings for the same exchange, in the same form. */
    public static List<String> reference(Exchange raw) {
        Exchange exchange = Redactor.redactExchange(raw);
        FindingSink sink = new FindingSink(OPTIONS.severities(), exchange.source());
        OperationMatch match = Contracts.bundled().match(exchange.method(), exchange.url()).match();
        if (match == null) {
            return List.of();
        }
        ApiContract contract = match.contract();
        contract.requestBody(match.operation()).filter(DocumentedContent::hasContent).ifPresent(documented -> {
            String contentType = exchange.requestHeaders().first("content-type").orElse(null);
            Optional<String> media = documented.mediaTypeFor(contentType).or(() -> documented.mediaTypeFor(null));
            media.filter(DocumentedContent::isJson).map(m -> documented.schemaPointers().get(m)).ifPresent(pointer ->
                    check(contract, pointer, SchemaView.REQUEST, exchange.requestBody(), documented.required(), sink));
        });
        contract.response(match.operation(), exchange.status()).filter(DocumentedContent::hasContent).ifPresent(documented ->
                documented.mediaTypeFor(exchange.responseHeaders().first("content-type").orElse(null))
                        .filter(DocumentedContent::isJson).map(m -> documented.schemaPointers().get(m))
                        .ifPresent(pointer -> check(contract, pointer, SchemaView.RESPONSE, exchange.responseBody(), true, sink)));
        return view(sink.findings());
    }

    private static void check(ApiContract contract, String schemaPointer, SchemaView view, Body body, boolean required,
            FindingSink sink) {
        String direction = view.id();
        ParsedBody parsed = PARSER.parse(body);
        if (parsed instanceof ParsedBody.Absent) {
            if (required) {
                sink.add(sink.start(direction + ".body.missing").expected("a JSON body").actual("no body").literalMessage("absent"));
            }
            return;
        }
        if (parsed instanceof ParsedBody.Unreadable unreadable) {
            sink.add(unreadable.problem().key(direction), "UTF-8 JSON", unreadable.problem().name(), "detail", unreadable.detail());
            return;
        }
        JsonNode tree = ((ParsedBody.Json) parsed).tree();
        DuplicateKeyFindings.report(direction, ((ParsedBody.Json) parsed).duplicateKeys(), sink);
        var errors = contract.schema(schemaPointer, view).validate(tree);
        Redactor.redactTree(tree);
        FieldFindings fields = new FieldFindings(contract, schemaPointer, view, sink, false);
        fields.report(SchemaErrorMapper.map(errors), tree, pointer -> false);
        WalkResult walk = contract.instanceWalker().walk(contract.node(schemaPointer), tree);
        fields.reportUnknown(walk.unknownPointers(), tree);
    }

    private static List<String> view(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.key().contains(".field.") || f.key().contains(".body.") && !f.key().endsWith(".body.unexpected"))
                .map(f -> f.key() + " " + f.pointer() + " " + f.schemaLocation() + " expected=" + f.expected() + " actual=" + f.actual())
                .sorted()
                .toList();
    }
}
