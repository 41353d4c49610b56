package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Map;

/**
 * The Visitors resource: create, show, update. The field rules are the spec's: {@code notes} writable (D8: the
 * documented Create Visitor sends it and gets it back), {@code created} read-only (D9: assigned by the API),
 * {@code id} and {@code external_id} read-only; read-only fields are ignored by default, refused in strict mode.
 */
final class VisitorsHandler {

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

    private ApiResponse create(ApiRequest request) {
        ObjectNode fields = SpecRules.request(Operation.CREATE_VISITOR).writableFields(request.jsonObject(), request.strict());
        String created = Timestamps.iso(clock.instant());
        Visitor visitor = visitors.create(ids::visitorId, id -> new Visitor(
                fields.path("banned").asBoolean(false),
                created,
                Json.text(fields, "email", ""),
                "",
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
        ObjectNode fields = SpecRules.request(Operation.UPDATE_VISITOR).writableFields(request.jsonObject(), request.strict());
        Visitor updated = visitors.update(id, visitor -> visitor.withChanges(
                fields.path("banned").asBoolean(visitor.banned()),
                Json.text(fields, "email", visitor.email()),
                Json.text(fields, "name", visitor.name()),
                Json.text(fields, "notes", visitor.notes()),
                Json.text(fields, "phone", visitor.phone())))
                .orElseThrow(() -> noSuchVisitor(id));
        return ApiResponse.ok(updated);
    }

    private static ApiException noSuchVisitor(String id) {
        return ApiException.notFound("No visitor with id " + id);
    }
}
