package dev.chatcontracts.contracts.findings;

import java.util.List;

/**
 * The stable keys of findings, as constants. A key is a dot-separated path from the most general to the most
 * specific part ({@code response.field.type}); severities are set per key or per prefix of keys
 * ({@link SeverityPolicy}). Each key's default severity and message templates are in the {@link FindingRegistry}
 * ({@code messages.properties}), which has exactly these keys in the order of {@link #ALL} (a test checks it).
 */
public final class FindingKeys {

    // ---- matching the exchange to the spec
    /** No operation of any spec has the request's method and path (or the URL is not one of a server). */
    public static final String REQUEST_OPERATION_UNKNOWN = "request.operation.unknown";
    /** The operation does not document the response's status code (and has no {@code default}). */
    public static final String RESPONSE_STATUS_UNDOCUMENTED = "response.status.undocumented";
    /** The response's Content-Type is not a media type the documented response lists. */
    public static final String RESPONSE_CONTENT_TYPE_UNDOCUMENTED = "response.contentType.undocumented";

    // ---- parameters and headers (pointers /path/<name>, /query/<name>, /header/<name>)
    /** A path or query parameter that is not of its schema's type ({@code agent_id} not an integer). */
    public static final String REQUEST_PARAMETER_TYPE = "request.parameter.type";
    /** A parameter's {@code pattern} or {@code format} ({@code ids} of more than 50, a Zoho conversation id not digits). */
    public static final String REQUEST_PARAMETER_FORMAT = "request.parameter.format";
    /** A parameter's {@code minimum}/{@code maximum} and other bounds ({@code limit=500}, {@code page=999}). */
    public static final String REQUEST_PARAMETER_LIMIT = "request.parameter.limit";
    /** A parameter's {@code enum}/{@code const}. */
    public static final String REQUEST_PARAMETER_ENUM = "request.parameter.enum";
    /** A parameter's schema failed otherwise ({@code not}, a composition). */
    public static final String REQUEST_PARAMETER_SCHEMA = "request.parameter.schema";
    /** A required parameter is absent (Search Chats without {@code q}, Bulk Delete without {@code ids}). */
    public static final String REQUEST_PARAMETER_REQUIRED = "request.parameter.required";
    /** A query parameter the operation does not document. */
    public static final String REQUEST_PARAMETER_UNKNOWN = "request.parameter.unknown";
    /** A request body sent with a Content-Type the operation does not take (JSON sent as {@code text/plain}). */
    public static final String REQUEST_CONTENT_TYPE_UNDOCUMENTED = "request.contentType.undocumented";
    /** A documented response header that is required (or {@code Retry-After} on a 429) is absent. */
    public static final String RESPONSE_HEADER_MISSING = "response.header.missing";
    /** A response header that is not of its schema's type ({@code Retry-After: soon}). */
    public static final String RESPONSE_HEADER_TYPE = "response.header.type";
    /** A response header's {@code pattern}/{@code format}; a pagination link that is no URL or absolute path. */
    public static final String RESPONSE_HEADER_FORMAT = "response.header.format";
    /** A response header's bounds ({@code Retry-After: -1}). */
    public static final String RESPONSE_HEADER_LIMIT = "response.header.limit";
    /** A response header's {@code enum}/{@code const}. */
    public static final String RESPONSE_HEADER_ENUM = "response.header.enum";
    /** A response header's schema failed otherwise. */
    public static final String RESPONSE_HEADER_SCHEMA = "response.header.schema";

    // ---- bodies as bytes
    public static final String REQUEST_BODY_MISSING = "request.body.missing";
    public static final String REQUEST_BODY_MALFORMED = "request.body.malformed";
    public static final String REQUEST_BODY_ENCODING = "request.body.encoding";
    public static final String REQUEST_BODY_TOO_LARGE = "request.body.tooLarge";
    public static final String REQUEST_BODY_TOO_DEEP = "request.body.tooDeep";
    /** An object of the request body has a name more than once (JSON readers keep one of the values). */
    public static final String REQUEST_BODY_DUPLICATE_KEY = "request.body.duplicateKey";
    public static final String RESPONSE_BODY_MISSING = "response.body.missing";
    /** A body where the documented response has none (a 204 with content). */
    public static final String RESPONSE_BODY_UNEXPECTED = "response.body.unexpected";
    /** Not JSON, or truncated JSON, where the media type is JSON. */
    public static final String RESPONSE_BODY_MALFORMED = "response.body.malformed";
    /** Not UTF-8. */
    public static final String RESPONSE_BODY_ENCODING = "response.body.encoding";
    /** Larger than the configured maximum body size. */
    public static final String RESPONSE_BODY_TOO_LARGE = "response.body.tooLarge";
    /** Nested deeper than the configured maximum depth. */
    public static final String RESPONSE_BODY_TOO_DEEP = "response.body.tooDeep";
    /** An object of the response body has a name more than once (JSON readers keep one of the values). */
    public static final String RESPONSE_BODY_DUPLICATE_KEY = "response.body.duplicateKey";

    // ---- fields against the schema
    public static final String REQUEST_FIELD_TYPE = "request.field.type";
    public static final String REQUEST_FIELD_REQUIRED = "request.field.required";
    public static final String REQUEST_FIELD_ENUM = "request.field.enum";
    public static final String REQUEST_FIELD_FORMAT = "request.field.format";
    public static final String REQUEST_FIELD_LIMIT = "request.field.limit";
    public static final String REQUEST_FIELD_SCHEMA = "request.field.schema";
    public static final String REQUEST_FIELD_UNKNOWN = "request.field.unknown";
    /** The request carries a {@code readOnly} field. */
    public static final String REQUEST_FIELD_READ_ONLY = "request.field.readOnly";
    /** The request sends back, unchanged, a {@code readOnly} value the same resource returned earlier. */
    public static final String REQUEST_FIELD_READ_ONLY_ECHO = "request.field.readOnly.echo";
    /**
     * A request value that breaks the spec but is what the documentation says (a discrepancy the spec records:
     * {@code x-documented-type}, {@code x-documented-enum}, {@code x-documented-readOnly}, an example's {@code
     * x-violates}); the message names the D-id and both readings. With strict spec checking, the ordinary key.
     */
    public static final String REQUEST_FIELD_DOCUMENTED = "request.field.documented";
    public static final String RESPONSE_FIELD_TYPE = "response.field.type";
    public static final String RESPONSE_FIELD_REQUIRED = "response.field.required";
    public static final String RESPONSE_FIELD_ENUM = "response.field.enum";
    public static final String RESPONSE_FIELD_FORMAT = "response.field.format";
    public static final String RESPONSE_FIELD_LIMIT = "response.field.limit";
    public static final String RESPONSE_FIELD_SCHEMA = "response.field.schema";
    /** A field the schema does not declare. */
    public static final String RESPONSE_FIELD_UNKNOWN = "response.field.unknown";
    /** The response carries a {@code writeOnly} field (an agent's {@code password}). */
    public static final String RESPONSE_FIELD_WRITE_ONLY = "response.field.writeOnly";
    /** An update changed a {@code readOnly} field compared with the last response for the resource. */
    public static final String RESPONSE_FIELD_READ_ONLY_CHANGED = "response.field.readOnly.changed";
    /** A response value that breaks the spec but is what the documentation says (see {@link #REQUEST_FIELD_DOCUMENTED}). */
    public static final String RESPONSE_FIELD_DOCUMENTED = "response.field.documented";

    // ---- the capture files themselves
    /** A capture file or entry that cannot be read (missing, not a HAR, no sidecar, no response...). */
    public static final String CAPTURE_UNREADABLE = "capture.unreadable";
    /** A value of a capture, other than a body, larger than the limits allow. */
    public static final String CAPTURE_TOO_LARGE = "capture.tooLarge";
    /** A capture file's own structure nested deeper than the limits allow. */
    public static final String CAPTURE_TOO_DEEP = "capture.tooDeep";

    // ---- consumer pacts checked against the specs (package pact)
    /** A pact file, or one of its interactions, that cannot be read as a Pact (V2, V3, V4) HTTP interaction. */
    public static final String PACT_UNREADABLE = "pact.unreadable";
    /** A V4 interaction that is not {@code Synchronous/HTTP} (a message): not checked. */
    public static final String PACT_INTERACTION_SKIPPED = "pact.interaction.skipped";
    /** No operation of any spec has the interaction's method and path (relative to a server, or in full). */
    public static final String PACT_OPERATION_UNKNOWN = "pact.operation.unknown";
    /** A response body matcher the schema at its path contradicts ({@code integer} on a string field...). */
    public static final String PACT_MATCHER_CONTRADICTS = "pact.matcher.contradicts";
    /** A response body matcher whose path names a field the schema does not have. */
    public static final String PACT_MATCHER_UNKNOWN_FIELD = "pact.matcher.unknownField";

    // ---- contract runs against a target: the provider suite (harness) and pact verification (src/check)
    /** A suite step failed unexpectedly (an HTTP error, an exception). */
    public static final String SUITE_STEP_FAILED = "suite.step.failed";
    /** A suite step was not run (a write on a read-only target, no SalesIQ target, a stopped run): one per step. */
    public static final String SUITE_STEP_NOT_RUN = "suite.step.notRun";
    /** A write of a contract run (suite or pacts) that could not be undone; the finding names the values to put back. */
    public static final String RESTORE_FAILED = "restore.failed";
    /** A run on a real account created its own visitor (visitors cannot be deleted): set its id for later runs. */
    public static final String SUITE_VISITOR_CREATED = "suite.visitor.created";
    /** The visitor {@code CHAT_CONTRACTS_VISITOR_ID} names is not the run's own: the run does not change it. */
    public static final String SUITE_VISITOR_NOT_OWN = "suite.visitor.notOwn";
    /** A documented error (401, 403, 404, 400) answered with another status. */
    public static final String SUITE_ERROR_UNEXPECTED_STATUS = "suite.error.unexpectedStatus";
    public static final String SUITE_PAGINATION_PAGE_TOO_LARGE = "suite.pagination.pageTooLarge";
    public static final String SUITE_PAGINATION_DUPLICATE = "suite.pagination.duplicate";
    public static final String SUITE_PAGINATION_MISSING = "suite.pagination.missing";
    public static final String SUITE_PAGINATION_NOT_TERMINATED = "suite.pagination.notTerminated";
    public static final String SUITE_ROUNDTRIP_READ_ONLY_CHANGED = "suite.roundtrip.readOnlyChanged";
    public static final String SUITE_ROUNDTRIP_NOT_APPLIED = "suite.roundtrip.notApplied";
    /** The provider's answer does not match the pact: one finding per mismatch. */
    public static final String PACT_VERIFICATION_FAILED = "pact.verification.failed";
    /**
     * A pact interaction that was not sent: a provider state that cannot be made true on the target, a write on
     * a read-only target, no base URL for the pact's spec. One per interaction; the message gives the reason.
     */
    public static final String PACT_VERIFICATION_NOT_SENT = "pact.verification.notSent";
    /** A message interaction: not verifiable over HTTP. */
    public static final String PACT_VERIFICATION_NOT_HTTP = "pact.verification.notHttp";
    /** A pact file Pact JVM cannot read. */
    public static final String PACT_VERIFICATION_UNREADABLE = "pact.verification.unreadable";

    /** Every key above, for documentation and the CLI's help. */
    public static final List<String> ALL = List.of(
            REQUEST_OPERATION_UNKNOWN, RESPONSE_STATUS_UNDOCUMENTED, RESPONSE_CONTENT_TYPE_UNDOCUMENTED,
            REQUEST_PARAMETER_TYPE, REQUEST_PARAMETER_FORMAT, REQUEST_PARAMETER_LIMIT, REQUEST_PARAMETER_ENUM,
            REQUEST_PARAMETER_SCHEMA, REQUEST_PARAMETER_REQUIRED, REQUEST_PARAMETER_UNKNOWN, REQUEST_CONTENT_TYPE_UNDOCUMENTED,
            RESPONSE_HEADER_MISSING, RESPONSE_HEADER_TYPE, RESPONSE_HEADER_FORMAT, RESPONSE_HEADER_LIMIT,
            RESPONSE_HEADER_ENUM, RESPONSE_HEADER_SCHEMA,
            REQUEST_BODY_MISSING, REQUEST_BODY_MALFORMED, REQUEST_BODY_ENCODING, REQUEST_BODY_TOO_LARGE,
            REQUEST_BODY_TOO_DEEP, REQUEST_BODY_DUPLICATE_KEY, RESPONSE_BODY_MISSING, RESPONSE_BODY_UNEXPECTED,
            RESPONSE_BODY_MALFORMED, RESPONSE_BODY_ENCODING, RESPONSE_BODY_TOO_LARGE, RESPONSE_BODY_TOO_DEEP,
            RESPONSE_BODY_DUPLICATE_KEY,
            REQUEST_FIELD_TYPE, REQUEST_FIELD_REQUIRED, REQUEST_FIELD_ENUM, REQUEST_FIELD_FORMAT, REQUEST_FIELD_LIMIT,
            REQUEST_FIELD_SCHEMA, REQUEST_FIELD_UNKNOWN, REQUEST_FIELD_READ_ONLY, REQUEST_FIELD_READ_ONLY_ECHO,
            REQUEST_FIELD_DOCUMENTED,
            RESPONSE_FIELD_TYPE, RESPONSE_FIELD_REQUIRED, RESPONSE_FIELD_ENUM, RESPONSE_FIELD_FORMAT,
            RESPONSE_FIELD_LIMIT, RESPONSE_FIELD_SCHEMA, RESPONSE_FIELD_UNKNOWN, RESPONSE_FIELD_WRITE_ONLY,
            RESPONSE_FIELD_READ_ONLY_CHANGED, RESPONSE_FIELD_DOCUMENTED,
            CAPTURE_UNREADABLE, CAPTURE_TOO_LARGE, CAPTURE_TOO_DEEP,
            PACT_UNREADABLE, PACT_INTERACTION_SKIPPED, PACT_OPERATION_UNKNOWN, PACT_MATCHER_CONTRADICTS,
            PACT_MATCHER_UNKNOWN_FIELD,
            SUITE_STEP_FAILED, SUITE_STEP_NOT_RUN, RESTORE_FAILED, SUITE_VISITOR_CREATED, SUITE_VISITOR_NOT_OWN,
            SUITE_ERROR_UNEXPECTED_STATUS, SUITE_PAGINATION_PAGE_TOO_LARGE, SUITE_PAGINATION_DUPLICATE,
            SUITE_PAGINATION_MISSING, SUITE_PAGINATION_NOT_TERMINATED, SUITE_ROUNDTRIP_READ_ONLY_CHANGED, SUITE_ROUNDTRIP_NOT_APPLIED,
            PACT_VERIFICATION_FAILED, PACT_VERIFICATION_NOT_SENT, PACT_VERIFICATION_NOT_HTTP, PACT_VERIFICATION_UNREADABLE);

    /** The keys of what a run did not do (an interaction not sent, a step not run): ERROR with {@code --require-complete}. */
    public static final List<String> INCOMPLETE = List.of(SUITE_STEP_NOT_RUN, PACT_VERIFICATION_NOT_SENT);

    private FindingKeys() {
    }
}
