package dev.chatcontracts.plugin.schemas;

import dev.chatcontracts.openapi.schema.SchemaView;

/**
 * The classpath layout of a generated schema set, and the {@code $id} of each schema. All names are
 * resource names relative to the resources output directory (a resource root).
 *
 * <pre>
 * chat-contracts/schemas/index.json
 * chat-contracts/schemas/&lt;spec&gt;/&lt;request|response&gt;/&lt;Component&gt;.schema.json
 * chat-contracts/schemas/&lt;spec&gt;/operations/&lt;operationId&gt;/request.schema.json
 * chat-contracts/schemas/&lt;spec&gt;/operations/&lt;operationId&gt;/response-&lt;status&gt;.schema.json
 * </pre>
 */
public final class SchemaResources {

    /** The folder every schema resource lives in. */
    public static final String ROOT = "chat-contracts/schemas";
    /** The index of operations: spec, method, path, and the resources of their body schemas. */
    public static final String INDEX = ROOT + "/index.json";

    private static final String URN = "urn:chat-contracts:";

    private SchemaResources() {
    }

    /** The resource of a component schema in one view. */
    public static String component(String spec, SchemaView view, String component) {
        return ROOT + "/" + spec + "/" + view.id() + "/" + component + ".schema.json";
    }

    /** The {@code $id} of a component schema: {@code urn:chat-contracts:<spec>:<view>:<Component>}. */
    public static String componentId(String spec, SchemaView view, String component) {
        return URN + spec + ":" + view.id() + ":" + component;
    }

    /** The resource of an operation's request body schema. */
    public static String request(String spec, String operationId) {
        return ROOT + "/" + spec + "/operations/" + operationId + "/request.schema.json";
    }

    /** The {@code $id} of an operation's request body schema. */
    public static String requestId(String spec, String operationId) {
        return URN + spec + ":operations:" + operationId + ":request";
    }

    /** The resource of an operation's response body schema for one status ({@code 200}, {@code 4XX}, {@code default}). */
    public static String response(String spec, String operationId, String status) {
        return ROOT + "/" + spec + "/operations/" + operationId + "/response-" + status + ".schema.json";
    }

    /** The {@code $id} of an operation's response body schema. */
    public static String responseId(String spec, String operationId, String status) {
        return URN + spec + ":operations:" + operationId + ":response-" + status;
    }
}
