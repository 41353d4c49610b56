package dev.chatcontracts.contracts.captures;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;

/** Whether base64 text is what {@link Base64#getMimeDecoder()} decodes, checked in one pass that keeps nothing. */
final class MimeBase64 {

    private static final int DATA = 0;
    private static final int SECOND_PAD = 1;
    private static final int AFTER_PADDING = 2;

    private MimeBase64() {
    }

    /**
     * Whether {@code Base64.getMimeDecoder().decode(text)} accepts the text whose UTF-8 bytes {@code in}
     * gives, checked in one pass that keeps nothing. That decoder skips every character outside the
     * base64 alphabet (so a multi-byte UTF-8 sequence, all of whose bytes are above 0x7F, is skipped as the
     * one character it stands for is), ends at the first {@code =}, which must complete a 4-character unit
     * ({@code xx==}, the second {@code =} right after the first, or {@code xxx=}), after which only
     * characters outside the alphabet may follow; without padding the last unit must not be a single
     * character.
     */
    static boolean isValid(InputStream in) throws IOException {
        byte[] chunk = new byte[8192];
        int state = DATA;
        int shift = 18; // as in Base64.Decoder: 18, 12, 6, 0 after 0, 1, 2, 3 characters of a unit
        for (int read; (read = in.read(chunk)) >= 0; ) {
            for (int i = 0; i < read; i++) {
                int b = chunk[i] & 0xff;
                if (state == DATA) {
                    int value = base64Value(b);
                    if (value == -2) {
                        if (shift == 18 || shift == 12) {
                            return false;
                        }
                        state = shift == 6 ? SECOND_PAD : AFTER_PADDING;
                    } else if (value >= 0) {
                        shift = shift == 0 ? 18 : shift - 6;
                    }
                } else if (state == SECOND_PAD) {
                    if (b != '=') {
                        return false;
                    }
                    state = AFTER_PADDING;
                } else if (base64Value(b) >= 0) {
                    return false;
                }
            }
        }
        return state == AFTER_PADDING || state == DATA && shift != 12;
    }

    /** 0-63 for the base64 alphabet, -2 for {@code =}, -1 for any other byte. */
    private static int base64Value(int b) {
        if (b >= 'A' && b <= 'Z') {
            return b - 'A';
        }
        if (b >= 'a' && b <= 'z') {
            return b - 'a' + 26;
        }
        if (b >= '0' && b <= '9') {
            return b - '0' + 52;
        }
        return b == '+' ? 62 : b == '/' ? 63 : b == '=' ? -2 : -1;
    }
}
