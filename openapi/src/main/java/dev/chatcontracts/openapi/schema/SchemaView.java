package dev.chatcontracts.openapi.schema;

/**
 * The direction a schema is read in. OpenAPI's {@code readOnly} properties may only appear in
 * responses, {@code writeOnly} ones only in requests.
 */
public enum SchemaView {
    /** A request body: readOnly properties are forbidden, writeOnly ones allowed. */
    REQUEST,
    /** A response body: writeOnly properties are forbidden, readOnly ones allowed. */
    RESPONSE;

    /** The lower-case name used in file names and keys ({@code request}, {@code response}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
