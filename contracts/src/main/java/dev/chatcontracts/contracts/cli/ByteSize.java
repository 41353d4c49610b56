package dev.chatcontracts.contracts.cli;

import java.util.Locale;

/** A size in bytes, with an optional binary suffix: {@code 52428800}, {@code 512k}, {@code 50m}, {@code 1g}. */
final class ByteSize {

    private ByteSize() {
    }

    /** The bytes {@code value} stands for; not a size: {@link IllegalArgumentException}. */
    static Long parse(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        long unit = switch (text.isEmpty() ? ' ' : text.charAt(text.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1L;
        };
        String digits = unit == 1 ? text : text.substring(0, text.length() - 1);
        try {
            return Math.multiplyExact(Long.parseLong(digits), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + value + "' is not a size (bytes, or a number with k, m or g)");
        }
    }
}
