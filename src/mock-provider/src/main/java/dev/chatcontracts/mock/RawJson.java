package dev.chatcontracts.mock;

/**
 * JSON text written to the client byte for byte: the documented examples, and stored chats and agents
 * serialised once (the bytes are never changed after they are made).
 *
 * @param bytes UTF-8 JSON
 */
record RawJson(byte[] bytes) {
}
