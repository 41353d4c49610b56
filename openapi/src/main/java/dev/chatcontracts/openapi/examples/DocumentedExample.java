package dev.chatcontracts.openapi.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A named example of a request or response body, with the schema it is checked against. {@code value}
 * is the documentation's example: for a media-type example {@code #/components/examples/X}, the
 * verbatim copy {@code #/components/x-documented-examples/X} when the spec keeps one apart (the
 * documentation got it wrong), else the example itself.
 *
 * @param operationId the operation the example belongs to
 * @param direction request or response
 * @param status the response status ({@code 200}), or {@code null} for a request
 * @param mediaType the media type, e.g. {@code application/json}
 * @param name the example's name in the operation
 * @param location a JSON pointer into the spec naming the example, for messages
 * @param value the example's value
 * @param schema the OpenAPI schema of the media type
 * @param declaredViolations where the example is known to break the spec ({@code x-violates})
 * @param corrected the spec's corrected copy (the media type's example, which carries {@code x-corrects})
 *     when the documentation's example is kept apart under {@code components/x-documented-examples};
 *     {@code null} when the spec gives none (then {@code value} is what the media type names)
 */
public record DocumentedExample(
        String operationId,
        Direction direction,
        String status,
        String mediaType,
        String name,
        String location,
        JsonNode value,
        JsonNode schema,
        List<DeclaredViolation> declaredViolations,
        JsonNode corrected) {

    public DocumentedExample {
        declaredViolations = List.copyOf(declaredViolations);
    }

    /** An example without a corrected copy in the spec. */
    public DocumentedExample(String operationId, Direction direction, String status, String mediaType, String name,
            String location, JsonNode value, JsonNode schema, List<DeclaredViolation> declaredViolations) {
        this(operationId, direction, status, mediaType, name, location, value, schema, declaredViolations, null);
    }

    /** The copy the spec serves: the corrected one when the spec gives it, else the documented value. */
    public JsonNode served() {
        return corrected != null ? corrected : value;
    }

    /** A readable id such as {@code listChats 200 listChats} or {@code createAgent request createAgent}. */
    public String id() {
        return operationId + " " + (direction == Direction.REQUEST ? "request" : status) + " " + name;
    }
}
