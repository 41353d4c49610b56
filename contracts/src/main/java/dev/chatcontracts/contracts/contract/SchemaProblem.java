package dev.chatcontracts.contracts.contract;

/**
 * One place where a body breaks its schema, reduced from the validator's errors.
 *
 * @param kind what rule broke
 * @param pointer the JSON pointer of the field in the body
 * @param schemaLocation the location in the converted schema ({@code #/$defs/Chat/properties/unread/type})
 * @param expected what the schema expects, for people
 * @param message the validator's message (it names types and rules, never the value)
 */
public record SchemaProblem(Kind kind, String pointer, String schemaLocation, String expected, String message) {

    /** Kinds of problems, most telling first: one field with several problems reports the first kind. */
    public enum Kind {
        /** A property whose schema is {@code false}: readOnly in a request, writeOnly in a response. */
        FORBIDDEN,
        REQUIRED,
        TYPE,
        ENUM,
        FORMAT,
        LIMIT,
        UNKNOWN,
        /** A composition or other keyword that failed without a more precise error below it. */
        SCHEMA
    }
}
