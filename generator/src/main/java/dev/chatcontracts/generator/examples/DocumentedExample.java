package dev.chatcontracts.generator.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A named example of a request or response body, with the schema it is checked against.
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
        List<DeclaredViolation> declaredViolations) {

    public DocumentedExample {
        declaredViolations = List.copyOf(declaredViolations);
    }

    /** A readable id such as {@code listChats 200 listChats} or {@code createAgent request createAgent}. */
    public String id() {
        return operationId + " " + (direction == Direction.REQUEST ? "request" : status) + " " + name;
    }
}
