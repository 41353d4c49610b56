package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Map;

/** The Visitors resource: create, show, update. */
final class VisitorsHandler {

    /** By default creation accepts notes and external_id, as the documented example does (D8). */
    private static final FieldRules CREATE = commonFields()
            .writable("notes", JsonKind.STRING)
            .writable("external_id", JsonKind.STRING)
            .readOnly("id");
    /** Strict mode follows the field table: notes and external_id are read-only. */
    private static final FieldRules CREATE_STRICT = commonFields().readOnly("id", "external_id", "notes");
    private static final FieldRules UPDATE = commonFields().readOnly("id", "external_id", "notes");

    private final VisitorStore visitors;
    private final IdGenerator ids;
    private final Clock clock;

    VisitorsHandler(VisitorStore visitors, IdGenerator ids, Clock clock) {
        this.visitors = visitors;
        this.ids = ids;
        this.clock = clock;
    }

    void register(Map<Operation, OperationHandler> handlers) {
        handlers.put(Operation.CREATE_VISITOR, this::create);
        handlers.put(Operation.SHOW_VISITOR, this::show);
        handlers.put(Operation.UPDATE_VISITOR, this::update);
    }

    private static FieldRules commonFields() {
        return FieldRules.of("Visitor")
                .writable("banned", JsonKind.BOOLEAN)
                .writable("created", JsonKind.STRING)
                .writable("email", JsonKind.STRING)
                .writable("name", JsonKind.STRING)
                .writable("phone", JsonKind.STRING);
    }

    private ApiResponse create(ApiRequest request) {
        FieldRules rules = request.strict() ? CREATE_STRICT : CREATE;
        ObjectNode fields = rules.writableFields(request.jsonObject(), request.strict());
        String created = validCreated(fields, Timestamps.iso(clock.instant()));
        Visitor visitor = visitors.create(ids::visitorId, id -> new Visitor(
                fields.path("banned").asBoolean(false),
                created,
                Json.text(fields, "email", ""),
                Json.text(fields, "external_id", ""),
                id,
                Json.text(fields, "name", "Visitor " + id.substring(id.indexOf('.') + 1)),
                Json.text(fields, "notes", ""),
                Json.text(fields, "phone", "")));
        return ApiResponse.created(visitor);
    }

    private ApiResponse show(ApiRequest request) {
        String id = request.pathParam("visitor_id");
        return ApiResponse.ok(visitors.find(id).orElseThrow(() -> noSuchVisitor(id)));
    }

    private ApiResponse update(ApiRequest request) {
        String id = request.pathParam("visitor_id");
        ObjectNode fields = UPDATE.writableFields(request.jsonObject(), request.strict());
        Visitor updated = visitors.update(id, visitor -> visitor.withChanges(
                fields.path("banned").asBoolean(visitor.banned()),
                validCreated(fields, visitor.created()),
                Json.text(fields, "email", visitor.email()),
                Json.text(fields, "name", visitor.name()),
                Json.text(fields, "phone", visitor.phone())))
                .orElseThrow(() -> noSuchVisitor(id));
        return ApiResponse.ok(updated);
    }

    private static String validCreated(ObjectNode fields, String fallback) {
        if (!fields.has("created")) {
            return fallback;
        }
        String created = fields.get("created").asText();
        if (Timestamps.parseInstant(created).isEmpty()) {
            throw ApiException.badRequest("Visitor field 'created' must be an ISO-8601 date-time, got '" + created + "'");
        }
        return created;
    }

    private static ApiException noSuchVisitor(String id) {
        return ApiException.notFound("No visitor with id " + id);
    }
}
