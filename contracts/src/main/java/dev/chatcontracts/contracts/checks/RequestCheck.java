package dev.chatcontracts.contracts.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.DocumentedContent;
import dev.chatcontracts.contracts.contract.OperationMatch;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.BodyParser;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.exchange.ParsedBody;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingSink;
import dev.chatcontracts.contracts.walkers.WalkResult;
import dev.chatcontracts.openapi.schema.SchemaView;
import java.util.List;
import java.util.Optional;

/** Checks a request body against the operation's documented request body. */
public final class RequestCheck {

    private final BodyParser parser;
    private final StreamingBodyCheck streaming;
    private final CheckOptions options;

    public RequestCheck(BodyParser parser, CheckOptions options) {
        this.parser = parser;
        this.streaming = new StreamingBodyCheck(parser);
        this.options = options;
    }

    /**
     * Reports what is wrong with the request body; returns its redacted tree, or null when there is no
     * JSON body to check.
     *
     * @param lastResponse the resource's last response in the session, or null
     */
    public JsonNode check(OperationMatch match, Exchange exchange, JsonNode lastResponse, FindingSink sink) {
        ApiContract contract = match.contract();
        Optional<DocumentedContent> documented = contract.requestBody(match.operation());
        if (documented.isEmpty() || !documented.get().hasContent()) {
            return null;
        }
        String contentType = exchange.requestHeaders().first("content-type").orElse(null);
        reportUndocumentedContentType(documented.get(), contentType, exchange.requestBody(), sink);
        Optional<String> media = documented.get().mediaTypeFor(contentType).or(() -> documented.get().mediaTypeFor(null));
        String schemaPointer = media.map(m -> documented.get().schemaPointers().get(m)).orElse(null);
        if (schemaPointer == null || !DocumentedContent.isJson(media.get())) {
            return null;
        }
        Body body = exchange.requestBody();
        if (StreamingBodyCheck.applies(body, options)) {
            checkStreamed(contract, schemaPointer, documented.get(), body, sink);
            return null;
        }
        ParsedBody parsed = parser.parse(body);
        if (!readable(parsed, documented.get(), sink)) {
            return null;
        }
        JsonNode tree = ((ParsedBody.Json) parsed).tree();
        DuplicateKeyFindings.report("request", ((ParsedBody.Json) parsed).duplicateKeys(), sink);
        List<Error> errors = contract.schema(schemaPointer, SchemaView.REQUEST).validate(tree);
        Redactor.redactTree(tree);
        FieldFindings fields = new FieldFindings(contract, schemaPointer, SchemaView.REQUEST, sink, options.strictSpec());
        fields.report(SchemaErrorMapper.map(errors), tree, pointer -> ReadOnlyRules.isEcho(lastResponse, tree, pointer));
        WalkResult walk = contract.instanceWalker().walk(contract.node(schemaPointer), tree);
        fields.reportUnknown(walk.unknownPointers(), tree);
        return tree;
    }

    /**
     * A body too large for a tree: the same findings, except that a readOnly field is never told apart
     * as an echo of the resource's last response.
     */
    private void checkStreamed(ApiContract contract, String schemaPointer, DocumentedContent documented, Body body,
            FindingSink sink) {
        StreamingBodyCheck.Outcome outcome = streaming.check(contract, schemaPointer, SchemaView.REQUEST, body);
        if (readable(outcome.unreadable(), documented, sink)) {
            DuplicateKeyFindings.report("request", outcome.duplicateKeys(), sink);
            FieldFindings fields = new FieldFindings(contract, schemaPointer, SchemaView.REQUEST, sink, options.strictSpec());
            fields.report(outcome.problems(), outcome::actual, pointer -> false);
            fields.reportUnknown(outcome.walk().unknownPointers(), outcome::actual);
        }
    }

    /** A body sent with a Content-Type the operation does not take (it is still checked as the documented JSON). */
    private static void reportUndocumentedContentType(DocumentedContent documented, String contentType, Body body,
            FindingSink sink) {
        if (contentType != null && body != null && !body.isEmpty() && documented.mediaTypeFor(contentType).isEmpty()) {
            sink.add(sink.start(FindingKeys.REQUEST_CONTENT_TYPE_UNDOCUMENTED).pointer("/header/Content-Type")
                    .expected(String.join(", ", documented.schemaPointers().keySet()))
                    .actual(ParameterCheck.shown(contentType))
                    .args("documented", String.join(", ", documented.schemaPointers().keySet()),
                            "contentType", DocumentedContent.essence(contentType)));
        }
    }

    /** Whether the body was read; else reports why not. A null {@code parsed} is a readable streamed body. */
    private static boolean readable(ParsedBody parsed, DocumentedContent documented, FindingSink sink) {
        if (parsed instanceof ParsedBody.Absent) {
            if (documented.required()) {
                sink.add(FindingKeys.REQUEST_BODY_MISSING, "a JSON body", "no body");
            }
            return false;
        }
        if (parsed instanceof ParsedBody.Unreadable unreadable) {
            sink.add(unreadable.problem().key("request"), "UTF-8 JSON", unreadable.problem().name(),
                    "detail", unreadable.detail());
            return false;
        }
        return true;
    }
}
