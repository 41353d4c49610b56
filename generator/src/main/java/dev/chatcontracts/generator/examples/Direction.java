package dev.chatcontracts.generator.examples;

import dev.chatcontracts.generator.schema.SchemaView;

/** Whether an example is a request body or a response body. */
public enum Direction {
    REQUEST,
    RESPONSE;

    /** The schema view the example is read in. */
    public SchemaView view() {
        return this == REQUEST ? SchemaView.REQUEST : SchemaView.RESPONSE;
    }
}
