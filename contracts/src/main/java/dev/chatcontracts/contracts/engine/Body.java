package dev.chatcontracts.contracts.engine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An HTTP message body: immutable bytes, read through {@link #openStream()} so that large bodies are
 * not copied. Its text is not assumed to be UTF-8 until the engine checks it.
 */
public final class Body {

    private static final Body EMPTY = new Body(new byte[0]);

    private final byte[] bytes;

    private Body(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The UTF-8 encoding of {@code text}; {@code null} gives {@code null}. */
    public static Body ofText(String text) {
        return text == null ? null : new Body(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of {@code bytes}; {@code null} gives {@code null}. */
    public static Body ofBytes(byte[] bytes) {
        return bytes == null ? null : new Body(bytes.clone());
    }

    /**
     * Takes {@code bytes} without copying them (for capture readers holding large bodies); the caller
     * must not change the array afterwards.
     */
    public static Body wrap(byte[] bytes) {
        return bytes == null ? null : new Body(bytes);
    }

    /** A body of no bytes. */
    public static Body empty() {
        return EMPTY;
    }

    /** The number of bytes. */
    public int length() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** A fresh stream over the bytes. */
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** The bytes decoded as UTF-8, malformed input replaced; for tests and small bodies. */
    public String toText() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Body body && Arrays.equals(bytes, body.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never the content, which may hold secrets: only its size. */
    @Override
    public String toString() {
        return "Body[" + bytes.length + " bytes]";
    }
}
