package dev.chatcontracts.openapi.examples;

import dev.chatcontracts.openapi.schema.SchemaView;

/** Whether an example is a request body or a response body. */
public enum Direction {
    REQUEST,
    RESPONSE;

    /** The schema view the example is read in. */
    public SchemaView view() {
        return this == REQUEST ? SchemaView.REQUEST : SchemaView.RESPONSE;
    }
}
