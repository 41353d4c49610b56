package dev.chatcontracts.contracts.checks;

import dev.chatcontracts.contracts.contract.ApiContract;
import dev.chatcontracts.contracts.contract.DocumentedContent;
import dev.chatcontracts.contracts.contract.OperationMatch;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.BodyParser;
import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.exchange.ParsedBody;
import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingSink;
import dev.chatcontracts.openapi.schema.SchemaView;
import java.util.Optional;
import java.util.function.Predicate;

/** Checks a request body against the operation's documented request body. */
public final class RequestCheck {

    private final BodyParser parser;
    private final BodyCheck bodies;
    private final CheckOptions options;

    public RequestCheck(BodyParser parser, CheckOptions options) {
        this.parser = parser;
        this.bodies = new BodyCheck(parser);
        this.options = options;
    }

    /**
     * Reports what is wrong with the request body; returns the body for the session rules (its tree read
     * only if a rule needs it), or null when there is no JSON body that was checked or it is large.
     *
     * @param lastResponse the resource's last response in the session, or null
     */
    public BodyTree check(OperationMatch match, Exchange exchange, BodyTree lastResponse, FindingSink sink) {
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
        BodyCheck.Outcome outcome = bodies.check(contract, schemaPointer, SchemaView.REQUEST, body);
        if (!readable(outcome.unreadable(), documented.get(), sink)) {
            return null;
        }
        BodyTree request = BodyCheck.isLarge(body, options) ? null : new BodyTree(parser, body);
        DuplicateKeyFindings.report("request", outcome.duplicateKeys(), sink);
        FieldFindings fields = new FieldFindings(contract, schemaPointer, SchemaView.REQUEST, sink, options.strictSpec());
        fields.report(outcome.problems(), outcome::actual, echoes(lastResponse, request));
        fields.reportUnknown(outcome.walk().unknownPointers(), outcome::actual);
        return request;
    }

    /**
     * Whether a readOnly field sends back what the resource's last response had there; never for a large
     * body, which is not kept.
     */
    private static Predicate<String> echoes(BodyTree lastResponse, BodyTree request) {
        if (lastResponse == null || request == null) {
            return pointer -> false;
        }
        return pointer -> ReadOnlyRules.isEcho(lastResponse.tree(), request.tree(), pointer);
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

    /** Whether the body was read; else reports why not. A null {@code parsed} is a readable body. */
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
