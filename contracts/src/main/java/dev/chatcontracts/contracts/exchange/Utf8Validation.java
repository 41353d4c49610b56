package dev.chatcontracts.contracts.exchange;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Well-formed UTF-8 over bytes in memory, as the JDK's UTF-8 decoder with {@code REPORT} judges it (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF), without a decoder, buffers or copies: a body of a
 * few KB is checked in about the time it takes to read it once. ASCII runs are skipped 32 bytes at a time, then eight.
 */
final class Utf8Validation {

    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Eight bytes of an array read as one long (one load, not eight). */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Utf8Validation() {
    }

    /** The offset of the first byte of the first ill-formed sequence (a truncated one included), or -1. */
    static long firstInvalid(byte[] bytes) {
        int i = 0;
        int length = bytes.length;
        while (i < length) {
            if (i + 32 <= length && ((word(bytes, i) | word(bytes, i + 8) | word(bytes, i + 16) | word(bytes, i + 24)) & HIGH_BITS) == 0) {
                i += 32;
                continue;
            }
            if (i + 8 <= length && (word(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int size = sequenceLength(bytes, i, lead);
            if (size < 0) {
                return i;
            }
            i += size;
        }
        return -1;
    }

    /** The length of the well-formed sequence starting at {@code i}, or -1. */
    private static int sequenceLength(byte[] bytes, int i, int lead) {
        int size;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            size = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            size = 3;
            if (lead == 0xE0) {
                min2 = 0xA0; // overlong below U+0800
            } else if (lead == 0xED) {
                max2 = 0x9F; // surrogates U+D800..U+DFFF
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            size = 4;
            if (lead == 0xF0) {
                min2 = 0x90; // overlong below U+10000
            } else if (lead == 0xF4) {
                max2 = 0x8F; // above U+10FFFF
            }
        } else {
            return -1;
        }
        if (i + 1 >= bytes.length) {
            return -1;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < min2 || second > max2) {
            return -1;
        }
        for (int k = 2; k < size; k++) {
            if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return size;
    }

    private static long word(byte[] bytes, int i) {
        return (long) LONGS.get(bytes, i);
    }
}
