package dev.chatcontracts.contracts.streaming;

import java.util.Objects;

/**
 * Where a streamed document breaks its schema.
 *
 * @param instancePointer the JSON pointer of the failing value in the document ({@code ""} for the root,
 *     {@code /chats/1/unread})
 * @param keyword the keyword that failed ({@code type}, {@code required}, {@code false}, {@code oneOf}, ...)
 * @param schemaLocation where in the schema document, e.g. {@code #/$defs/Chat/properties/unread/type}
 * @param message a readable explanation
 * @param property for {@code required} and {@code additionalProperties}, the property missing or extra
 *     (the instance pointer names the object), else null
 */
public record StreamingViolation(String instancePointer, String keyword, String schemaLocation, String message,
        String property) {

    public StreamingViolation(String instancePointer, String keyword, String schemaLocation, String message) {
        this(instancePointer, keyword, schemaLocation, message, null);
    }

    public StreamingViolation {
        Objects.requireNonNull(instancePointer, "instancePointer");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(schemaLocation, "schemaLocation");
        Objects.requireNonNull(message, "message");
    }
}
