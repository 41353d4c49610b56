package dev.chatcontracts.contracts.walkers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.schema.SchemaView;
import dev.chatcontracts.openapi.model.LocalRefs;

/** The {@code readOnly}/{@code writeOnly} flags of a property, on itself or on the component it references. */
public final class SchemaFlags {

    private SchemaFlags() {
    }

    public static boolean isReadOnly(JsonNode tree, JsonNode property) {
        return flag(tree, property, "readOnly");
    }

    public static boolean isWriteOnly(JsonNode tree, JsonNode property) {
        return flag(tree, property, "writeOnly");
    }

    /** Whether the view forbids the property: readOnly in a request, writeOnly in a response. */
    public static boolean isForbidden(JsonNode tree, JsonNode property, SchemaView view) {
        return view == SchemaView.REQUEST ? isReadOnly(tree, property) : isWriteOnly(tree, property);
    }

    private static boolean flag(JsonNode tree, JsonNode property, String name) {
        if (property == null || !property.isObject()) {
            return false;
        }
        if (property.path(name).asBoolean(false)) {
            return true;
        }
        return property.has("$ref") && LocalRefs.deref(tree, property).path(name).asBoolean(false);
    }
}
