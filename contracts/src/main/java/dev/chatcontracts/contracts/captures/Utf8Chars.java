package dev.chatcontracts.contracts.captures;

/**
 * UTF-8 bytes of a run of UTF-16 characters, as {@code new String(chars, offset, length).getBytes(UTF_8)} gives
 * them (a surrogate without its pair becomes {@code ?}), without making the string: a HAR body is encoded
 * straight from the parser's buffer.
 */
final class Utf8Chars {

    private Utf8Chars() {
    }

    static byte[] encode(char[] chars, int offset, int length) {
        int end = offset + length;
        byte[] out = new byte[encodedLength(chars, offset, end)];
        int at = 0;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                int code = Character.toCodePoint(c, chars[++i]);
                out[at++] = (byte) (0xF0 | code >> 18);
                out[at++] = (byte) (0x80 | code >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | code >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | code & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[at++] = '?';
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return out;
    }

    private static int encodedLength(char[] chars, int offset, int end) {
        int bytes = 0;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
