package dev.chatcontracts.mock;

/** Answers one operation; errors are thrown as {@link ApiException}. */
@FunctionalInterface
interface OperationHandler {

    ApiResponse handle(ApiRequest request);
}
