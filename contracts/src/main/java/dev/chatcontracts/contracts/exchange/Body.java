package dev.chatcontracts.contracts.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * An HTTP message body: immutable bytes, read through {@link #openStream()}. A body is held in memory
 * or, for captures, read from a file each time it is opened ({@link #ofFile}, {@link #ofStream}), so
 * that a body of a gigabyte costs no heap. Its text is not assumed to be UTF-8 until the engine checks it.
 */
public final class Body {

    /** Where the bytes of a body that is not held in memory come from. */
    @FunctionalInterface
    public interface ByteSource {
        /** A fresh stream over the bytes, from the first. */
        InputStream open() throws IOException;
    }

    private static final Body EMPTY = new Body(new byte[0], null, null, 0, true);

    private final byte[] bytes;
    private final ByteSource source;
    private final String description;
    private final boolean encodedText;
    private volatile long length;

    private Body(byte[] bytes, ByteSource source, String description, long length, boolean encodedText) {
        this.bytes = bytes;
        this.source = source;
        this.description = description;
        this.length = length;
        this.encodedText = encodedText;
    }

    /** The UTF-8 encoding of {@code text}; {@code null} gives {@code null}. */
    public static Body ofText(String text) {
        return text == null ? null : wrapEncodedText(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Takes, without copying them, bytes a UTF-8 encoder made from text, as {@code String.getBytes(UTF_8)} makes them
     * (a surrogate without its pair becomes {@code ?}): well-formed by construction, so the engine does not check their
     * encoding again (a HAR's text bodies). The caller must not change the array afterwards.
     */
    public static Body wrapEncodedText(byte[] utf8) {
        return utf8 == null ? null : new Body(utf8, null, null, utf8.length, true);
    }

    /** A copy of {@code bytes}; {@code null} gives {@code null}. */
    public static Body ofBytes(byte[] bytes) {
        return bytes == null ? null : wrap(bytes.clone());
    }

    /**
     * Takes {@code bytes} without copying them (for capture readers holding large bodies); the caller
     * must not change the array afterwards.
     */
    public static Body wrap(byte[] bytes) {
        return bytes == null ? null : new Body(bytes, null, null, bytes.length, false);
    }

    /** The content of a file, read when the body is opened (the file must not change meanwhile). */
    public static Body ofFile(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return new Body(null, () -> Files.newInputStream(file), file.toString(), Files.size(file), false);
    }

    /**
     * Bytes produced by {@code source} each time the body is opened, such as a decoded slice of a
     * capture file; the length is counted on first use when {@code knownLength} is negative.
     *
     * @param description what the bytes are, for messages (never their content)
     */
    public static Body ofStream(ByteSource source, long knownLength, String description) {
        return new Body(null, Objects.requireNonNull(source, "source"), description, knownLength, false);
    }

    /** A body of no bytes. */
    public static Body empty() {
        return EMPTY;
    }

    /** The number of bytes (for a stream of unknown length, read once to count them). */
    public long length() {
        long known = length;
        if (known < 0) {
            known = count();
            length = known;
        }
        return known;
    }

    public boolean isEmpty() {
        return length() == 0;
    }

    /** Whether the bytes are held in memory (else they are read from their source on each open). */
    public boolean inMemory() {
        return bytes != null;
    }

    /** Whether the bytes were encoded from text ({@link #wrapEncodedText}), hence well-formed UTF-8. */
    boolean encodedText() {
        return encodedText;
    }

    /** The bytes themselves when in memory (never to be changed), else null. */
    byte[] memory() {
        return bytes;
    }

    /** A fresh stream over the bytes; an unreadable source throws {@link UncheckedIOException}. */
    public InputStream openStream() {
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        try {
            return source.open();
        } catch (IOException e) {
            throw new UncheckedIOException(description + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** A copy of the bytes; at most 2 GB. */
    public byte[] toByteArray() {
        if (bytes != null) {
            return bytes.clone();
        }
        if (length() > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException(description + ": " + length() + " bytes do not fit in an array");
        }
        try (InputStream in = openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(description + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The bytes decoded as UTF-8, malformed input replaced; for tests and small bodies. */
    public String toText() {
        return new String(bytes != null ? bytes : toByteArray(), StandardCharsets.UTF_8);
    }

    private long count() {
        try (InputStream in = openStream()) {
            long total = 0;
            byte[] chunk = new byte[65536];
            for (int read; (read = in.read(chunk)) >= 0; ) {
                total += read;
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(description + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Equal content (bodies that are not in memory are compared by reading both). */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Body body)) {
            return false;
        }
        if (bytes != null && body.bytes != null) {
            return Arrays.equals(bytes, body.bytes);
        }
        return length() == body.length() && Arrays.equals(toByteArray(), body.toByteArray());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(length()); // consistent across held and streamed bodies of equal content
    }

    /** Never the content, which may hold secrets: only its size. */
    @Override
    public String toString() {
        return "Body[" + length() + " bytes" + (bytes == null ? ", from " + description : "") + "]";
    }
}
