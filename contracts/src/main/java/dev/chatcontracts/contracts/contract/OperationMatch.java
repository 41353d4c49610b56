package dev.chatcontracts.contracts.contract;

import java.util.Map;

/**
 * An exchange's operation.
 *
 * @param contract the spec it belongs to
 * @param operation the operation
 * @param resourcePath the request path after the server's base path, without query or trailing slash
 *     ({@code /agents/2}); exchanges with the same resource path address the same resource
 * @param pathParameters the values of the path template's parameters
 */
public record OperationMatch(ApiContract contract, Operation operation, String resourcePath,
        Map<String, String> pathParameters) {

    public OperationMatch {
        pathParameters = Map.copyOf(pathParameters);
    }

    /** The key a session remembers the resource by: spec name and resource path. */
    public String resourceKey() {
        return contract.name() + " " + resourcePath;
    }
}
