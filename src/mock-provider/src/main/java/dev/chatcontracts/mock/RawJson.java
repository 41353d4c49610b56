package dev.chatcontracts.mock;

/**
 * JSON text written to the client byte for byte (the documented examples).
 *
 * @param bytes UTF-8 JSON
 */
record RawJson(byte[] bytes) {
}
