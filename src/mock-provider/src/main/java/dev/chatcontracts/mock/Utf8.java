package dev.chatcontracts.mock;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8: overlong forms, encoded surrogates, truncated sequences and bytes that never occur in
 * UTF-8 are refused instead of being replaced by U+FFFD, in request bodies and in percent-escapes alike.
 */
final class Utf8 {

    private Utf8() {
    }

    /** The text of UTF-8 bytes, or {@code null} when they are not well-formed UTF-8. */
    static String decodeOrNull(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Decodes {@code %XX} escapes (and {@code +} as a space when {@code plusIsSpace}, as in a query) into
     * strict UTF-8; a malformed escape or escaped bytes that are not UTF-8 are a 400 naming {@code where}.
     */
    static String percentDecode(String raw, boolean plusIsSpace, String where) {
        if (raw.indexOf('%') < 0 && (!plusIsSpace || raw.indexOf('+') < 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw ApiException.badRequest("Malformed percent-encoding in " + where + ": '"
                            + raw.substring(i, Math.min(raw.length(), i + 3)) + "'");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        String decoded = decodeOrNull(bytes.toByteArray());
        if (decoded == null) {
            throw ApiException.badRequest("Percent-encoding in " + where + " is not valid UTF-8");
        }
        return decoded;
    }
}
