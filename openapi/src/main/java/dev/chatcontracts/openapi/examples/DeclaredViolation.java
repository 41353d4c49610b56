package dev.chatcontracts.openapi.examples;

/**
 * One place where a documented example is known to break the spec, with the discrepancy that
 * explains it; read from the example's {@code x-violates} list.
 *
 * @param discrepancy the discrepancy id, e.g. {@code D3}
 * @param pointer the JSON pointer into the example's value, e.g. {@code /chats/1/unread}
 */
public record DeclaredViolation(String discrepancy, String pointer) {
}
