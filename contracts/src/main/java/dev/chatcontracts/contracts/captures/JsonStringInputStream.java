package dev.chatcontracts.contracts.captures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * The decoded UTF-8 bytes of a JSON string literal lying in a UTF-8 file, read from the byte offset of
 * its opening quote with positional reads (the channel's position is untouched) through a 64 KB
 * buffer, so that a string of a gigabyte costs no heap.
 *
 * <p>The escapes {@code \" \\ \/ \b \f \n \r \t \}{@code uXXXX} are decoded ({@code \}{@code u} escapes
 * to UTF-8; a surrogate pair to one 4-byte sequence); every other byte is passed through as it is in
 * the file. The stream ends at the closing (unescaped) quote. A lone surrogate escape (a high one not
 * followed by a low one, or a low one alone) gives the UTF-8 of U+FFFD, the replacement character.
 * A malformed escape, or the end of the file before the closing quote, is an {@link IOException}
 * naming the string's offset, never quoting its content. Raw bytes are not validated: the file has
 * already been parsed (and its UTF-8 checked) by Jackson when a string is read this way.
 */
final class JsonStringInputStream extends InputStream {

    static final int BUFFER_SIZE = 64 * 1024;

    /** The longest escape: a surrogate pair, {@code \}{@code uD83D\}{@code uDE00}. */
    private static final int LONGEST_ESCAPE = 12;

    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private final FileChannel channel;
    private final boolean ownsChannel;
    private final long quoteOffset;
    private final String name;

    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int bufferPosition;
    private int bufferLimit;
    /** The file offset of {@code buffer[bufferLimit]}: where the next read from the file starts. */
    private long filePosition;
    private boolean fileEnded;

    /** Decoded bytes of the last escape not yet returned. */
    private final byte[] pending = new byte[4];
    private int pendingPosition;
    private int pendingLimit;

    private boolean started;
    private boolean ended;
    private final byte[] one = new byte[1];

    /**
     * Over a channel the caller keeps open (and closes).
     *
     * @param name the file, for messages
     */
    JsonStringInputStream(FileChannel channel, long quoteOffset, String name) {
        this(channel, false, quoteOffset, name);
    }

    private JsonStringInputStream(FileChannel channel, boolean ownsChannel, long quoteOffset, String name) {
        if (quoteOffset < 0) {
            throw new IllegalArgumentException("negative offset: " + quoteOffset);
        }
        this.channel = Objects.requireNonNull(channel, "channel");
        this.ownsChannel = ownsChannel;
        this.quoteOffset = quoteOffset;
        this.filePosition = quoteOffset;
        this.name = name;
    }

    /** Over a channel of its own, closed with the stream. */
    static JsonStringInputStream open(Path file, long quoteOffset) throws IOException {
        return new JsonStringInputStream(FileChannel.open(file, StandardOpenOption.READ), true, quoteOffset, file.toString());
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        if (!started) {
            start();
        }
        int written = 0;
        while (written < length) {
            if (pendingPosition < pendingLimit) {
                int n = Math.min(length - written, pendingLimit - pendingPosition);
                System.arraycopy(pending, pendingPosition, target, offset + written, n);
                pendingPosition += n;
                written += n;
                continue;
            }
            if (ended) {
                break;
            }
            if (bufferPosition == bufferLimit && fill(1) == 0) {
                throw unterminated();
            }
            // the run of plain bytes up to the next quote or backslash, as much as fits
            int runEnd = Math.min(bufferLimit, bufferPosition + (length - written));
            int i = bufferPosition;
            while (i < runEnd && buffer[i] != '"' && buffer[i] != '\\') {
                i++;
            }
            int n = i - bufferPosition;
            System.arraycopy(buffer, bufferPosition, target, offset + written, n);
            bufferPosition = i;
            written += n;
            if (i < runEnd) {
                if (buffer[i] == '"') {
                    bufferPosition++;
                    ended = true;
                } else {
                    escape();
                }
            }
        }
        return written == 0 ? -1 : written;
    }

    @Override
    public void close() throws IOException {
        ended = true;
        pendingPosition = pendingLimit;
        if (ownsChannel) {
            channel.close();
        }
    }

    private void start() throws IOException {
        started = true;
        if (fill(1) == 0 || buffer[bufferPosition] != '"') {
            throw new IOException(where() + ": no JSON string starts there");
        }
        bufferPosition++;
    }

    /** Decodes the escape at {@code buffer[bufferPosition]} (a backslash) into {@code pending}. */
    private void escape() throws IOException {
        long escapeAt = offsetOf(bufferPosition);
        if (fill(2) < 2) {
            throw unterminated();
        }
        byte kind = buffer[bufferPosition + 1];
        pendingPosition = 0;
        pendingLimit = 1;
        switch (kind) {
            case '"', '\\', '/' -> pending[0] = kind;
            case 'b' -> pending[0] = '\b';
            case 'f' -> pending[0] = '\f';
            case 'n' -> pending[0] = '\n';
            case 'r' -> pending[0] = '\r';
            case 't' -> pending[0] = '\t';
            case 'u' -> {
                unicodeEscape(escapeAt);
                return;
            }
            default -> throw new IOException(where() + ": invalid escape at byte " + escapeAt);
        }
        bufferPosition += 2;
    }

    private void unicodeEscape(long escapeAt) throws IOException {
        int available = fill(LONGEST_ESCAPE);
        if (available < 6) {
            throw hexDigits(escapeAt, available);
        }
        int unit = hex(bufferPosition + 2, escapeAt);
        if (Character.isHighSurrogate((char) unit) && available >= LONGEST_ESCAPE
                && buffer[bufferPosition + 6] == '\\' && buffer[bufferPosition + 7] == 'u') {
            int low = hex(bufferPosition + 8, escapeAt + 6);
            if (Character.isLowSurrogate((char) low)) {
                bufferPosition += LONGEST_ESCAPE;
                encode(Character.toCodePoint((char) unit, (char) low));
                return;
            }
        }
        bufferPosition += 6;
        encode(Character.isSurrogate((char) unit) ? 0xFFFD : unit);
    }

    private IOException hexDigits(long escapeAt, int available) {
        for (int i = 2; i < available; i++) {
            if (Character.digit(buffer[bufferPosition + i], 16) < 0) {
                return new IOException(where() + ": invalid \\u escape at byte " + escapeAt);
            }
        }
        return unterminated();
    }

    private int hex(int at, long escapeAt) throws IOException {
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = Character.digit(buffer[i], 16);
            if (digit < 0) {
                throw new IOException(where() + ": invalid \\u escape at byte " + escapeAt);
            }
            value = value << 4 | digit;
        }
        return value;
    }

    private void encode(int codePoint) {
        if (codePoint == 0xFFFD) {
            System.arraycopy(REPLACEMENT, 0, pending, 0, 3);
            pendingLimit = 3;
        } else if (codePoint < 0x80) {
            pending[0] = (byte) codePoint;
            pendingLimit = 1;
        } else if (codePoint < 0x800) {
            pending[0] = (byte) (0xC0 | codePoint >> 6);
            pending[1] = (byte) (0x80 | codePoint & 0x3F);
            pendingLimit = 2;
        } else if (codePoint < 0x10000) {
            pending[0] = (byte) (0xE0 | codePoint >> 12);
            pending[1] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            pending[2] = (byte) (0x80 | codePoint & 0x3F);
            pendingLimit = 3;
        } else {
            pending[0] = (byte) (0xF0 | codePoint >> 18);
            pending[1] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            pending[2] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            pending[3] = (byte) (0x80 | codePoint & 0x3F);
            pendingLimit = 4;
        }
        pendingPosition = 0;
    }

    /**
     * Makes at least {@code wanted} bytes available from {@code bufferPosition} unless the file ends
     * first (moving the unread bytes to the buffer's start when needed).
     *
     * @return the bytes available, fewer than {@code wanted} only at the end of the file
     */
    private int fill(int wanted) throws IOException {
        if (bufferLimit - bufferPosition >= wanted) {
            return bufferLimit - bufferPosition;
        }
        if (bufferPosition > 0) {
            System.arraycopy(buffer, bufferPosition, buffer, 0, bufferLimit - bufferPosition);
            bufferLimit -= bufferPosition;
            bufferPosition = 0;
        }
        while (bufferLimit < wanted && !fileEnded) {
            int read = channel.read(ByteBuffer.wrap(buffer, bufferLimit, buffer.length - bufferLimit), filePosition);
            if (read < 0) {
                fileEnded = true;
            } else {
                bufferLimit += read;
                filePosition += read;
            }
        }
        return bufferLimit - bufferPosition;
    }

    private long offsetOf(int bufferIndex) {
        return filePosition - (bufferLimit - bufferIndex);
    }

    private IOException unterminated() {
        return new IOException(where() + ": the file ends before the string's closing quote (at byte " + filePosition + ")");
    }

    private String where() {
        return (name == null ? "" : name + ": ") + "the JSON string at byte " + quoteOffset;
    }
}
