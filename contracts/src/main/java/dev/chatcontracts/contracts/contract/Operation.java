package dev.chatcontracts.contracts.contract;

/**
 * An operation of a spec.
 *
 * @param specName the spec's name ({@code zendesk-chat})
 * @param operationId the operation id ({@code listChats})
 * @param method the HTTP method, upper case
 * @param path the path template, relative to the spec's servers
 * @param pointer the JSON pointer of the operation in the spec ({@code /paths/~1chats/get})
 */
public record Operation(String specName, String operationId, String method, PathTemplate path, String pointer) {

    /** {@code GET /chats (listChats)}. */
    public String describe() {
        return method + " " + path.template() + " (" + operationId + ")";
    }
}
