package dev.chatcontracts.contracts.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.DocumentedContent;
import dev.chatcontracts.contracts.contract.Operation;
import dev.chatcontracts.contracts.contract.OperationMatch;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.BodyParser;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.exchange.ParsedBody;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingSink;
import dev.chatcontracts.contracts.walkers.WalkResult;
import dev.chatcontracts.openapi.schema.SchemaView;
import java.util.Optional;

/** Checks a response's status, media type and body against the operation's documented responses. */
public final class ResponseCheck {

    private final BodyParser parser;
    private final BodyCheck bodies;
    private final CheckOptions options;

    public ResponseCheck(BodyParser parser, CheckOptions options) {
        this.parser = parser;
        this.bodies = new BodyCheck(parser);
        this.options = options;
    }

    /**
     * Reports what is wrong with the response; returns the body for the session rules (its tree read only
     * if a rule needs it), or null when there is no JSON object body that was checked or it is large.
     *
     * @param request the request body of the exchange, or null
     * @param lastResponse the resource's last response in the session, or null
     */
    public BodyTree check(OperationMatch match, Exchange exchange, BodyTree request, BodyTree lastResponse,
            FieldCoverage coverage, FindingSink sink) {
        ApiContract contract = match.contract();
        Operation operation = match.operation();
        coverage.recordExchange(operation.operationId());
        Optional<DocumentedContent> documented = contract.response(operation, exchange.status());
        if (documented.isEmpty()) {
            sink.add(FindingKeys.RESPONSE_STATUS_UNDOCUMENTED, String.join(", ", contract.documentedStatuses(operation)),
                    String.valueOf(exchange.status()), "operationId", operation.operationId(), "status", exchange.status());
            return null;
        }
        ResponseHeaderCheck.check(contract, documented.get(), exchange, sink);
        String schemaPointer = schemaPointer(documented.get(), exchange, sink);
        if (schemaPointer == null) {
            return null;
        }
        Body body = exchange.responseBody();
        BodyCheck.Outcome outcome = bodies.check(contract, schemaPointer, SchemaView.RESPONSE, body);
        if (!readable(outcome.unreadable(), documented.get(), operation, sink)) {
            return null;
        }
        DuplicateKeyFindings.report("response", outcome.duplicateKeys(), sink);
        FieldFindings fields = new FieldFindings(contract, schemaPointer, SchemaView.RESPONSE, sink, options.strictSpec());
        fields.report(outcome.problems(), outcome::actual, pointer -> false);
        fields.reportUnknown(outcome.walk().unknownPointers(), outcome::actual);
        coverage.recordDocumented(operation.operationId(), contract.bodyPlan(schemaPointer, SchemaView.RESPONSE).documentedFields());
        coverage.recordSeen(operation.operationId(), outcome.walk().seenPaths(), outcome.walk().unknownPaths());
        if (BodyCheck.isLarge(body, options) || !outcome.object()) {
            return null;
        }
        BodyTree response = new BodyTree(parser, body);
        if (lastResponse != null && isUpdate(exchange) && isSuccess(exchange.status())) {
            reportChanges(contract, schemaPointer, lastResponse, response, request, sink);
        }
        return response;
    }

    /** Whether the body was read; else reports why not. A null {@code parsed} is a readable body. */
    private static boolean readable(ParsedBody parsed, DocumentedContent documented, Operation operation, FindingSink sink) {
        if (parsed instanceof ParsedBody.Absent) {
            sink.add(FindingKeys.RESPONSE_BODY_MISSING, "a JSON body", "no body",
                    "status", documented.key(), "operationId", operation.operationId());
            return false;
        }
        if (parsed instanceof ParsedBody.Unreadable unreadable) {
            sink.add(unreadable.problem().key("response"), "UTF-8 JSON", unreadable.problem().name(),
                    "detail", unreadable.detail());
            return false;
        }
        return true;
    }

    /** The schema to check the body against, or null (reported when the media type is undocumented). */
    private static String schemaPointer(DocumentedContent documented, Exchange exchange, FindingSink sink) {
        Body body = exchange.responseBody();
        if (!documented.hasContent()) {
            if (body != null && !body.isEmpty()) {
                sink.add(FindingKeys.RESPONSE_BODY_UNEXPECTED, "no body", body.length() + " bytes",
                        "status", documented.key());
            }
            return null;
        }
        String contentType = exchange.responseHeaders().first("content-type").orElse(null);
        Optional<String> media = documented.mediaTypeFor(contentType);
        if (media.isEmpty()) {
            sink.add(FindingKeys.RESPONSE_CONTENT_TYPE_UNDOCUMENTED, String.join(", ", documented.schemaPointers().keySet()),
                    contentType, "status", documented.key(), "contentType", contentType);
            return null;
        }
        return DocumentedContent.isJson(media.get()) ? documented.schemaPointers().get(media.get()) : null;
    }

    /**
     * The readOnly fields an update changed: the one place that reads trees, of the response, of the
     * resource's last response and of the request (which fields it sent).
     */
    private void reportChanges(ApiContract contract, String schemaPointer, BodyTree lastResponse, BodyTree response,
            BodyTree request, FindingSink sink) {
        JsonNode tree = response.tree();
        JsonNode before = lastResponse.tree();
        if (tree == null || before == null) {
            return;
        }
        WalkResult walk = contract.instanceWalker().walk(contract.node(schemaPointer), tree);
        for (ReadOnlyRules.Change change : ReadOnlyRules.changes(before, tree, walk.readOnlyPointers(),
                BodyTree.treeOf(request), options.volatileReadOnlyFields())) {
            sink.add(sink.start(FindingKeys.RESPONSE_FIELD_READ_ONLY_CHANGED).pointer(change.pointer())
                    .schemaLocation(contract.name() + "#" + schemaPointer)
                    .expected(FindingSink.render(change.before()))
                    .actual(FindingSink.render(change.after()))
                    .args());
        }
    }

    private static boolean isUpdate(Exchange exchange) {
        return exchange.method().equals("PUT") || exchange.method().equals("PATCH");
    }

    public static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }
}
