package dev.chatcontracts.contracts.streaming;

/**
 * RFC 3339 {@code date-time}. The shape every live capture uses,
 * {@code YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)} with valid fields, is accepted here without
 * allocation; anything else (lower-case or space separators, leap seconds, offsets of 18 hours, or plain
 * garbage) is handed to networknt, whose parser (ethlo ITU) is the reference. What this class accepts is a
 * subset of what networknt accepts, so the verdict is networknt's for every string.
 */
final class DateTimeFormat implements FormatCheck {

    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final FormatCheck reference;

    DateTimeFormat(FormatCheck reference) {
        this.reference = reference;
    }

    @Override
    public boolean matches(String value) {
        return isPlainRfc3339(value.toCharArray(), 0, value.length()) || reference.matches(value);
    }

    @Override
    public boolean matches(char[] chars, int offset, int length) {
        return isPlainRfc3339(chars, offset, length) || reference.matches(new String(chars, offset, length));
    }

    /** Whether the characters have the common, unambiguous RFC 3339 shape with valid fields. */
    static boolean isPlainRfc3339(char[] chars, int offset, int length) {
        Chars s = new Chars(chars, offset, length);
        if (s.length() < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return false;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return false;
        }
        int i = 19;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start || i - start > 9 || i == s.length()) {
                return false;
            }
        }
        return isOffset(s, i);
    }

    private static boolean isOffset(Chars s, int i) {
        char sign = s.charAt(i);
        if (sign == 'Z') {
            return i == s.length() - 1;
        }
        if (sign != '+' && sign != '-' || s.length() - i != 6 || s.charAt(i + 3) != ':') {
            return false;
        }
        int hours = digits(s, i + 1, 2);
        int minutes = digits(s, i + 4, 2);
        return hours >= 0 && hours <= 17 && minutes >= 0 && minutes <= 59 && !(sign == '-' && hours == 0 && minutes == 0);
    }

    private static int daysIn(int year, int month) {
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
    }

    /** The decimal value of {@code count} digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(Chars s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A window on a character array, read like a string (scalar-replaced by the JIT). */
    private record Chars(char[] chars, int offset, int length) {
        char charAt(int index) {
            return chars[offset + index];
        }
    }
}
