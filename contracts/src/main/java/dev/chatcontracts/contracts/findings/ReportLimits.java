package dev.chatcontracts.contracts.findings;

/**
 * How much of each value the reports (console, JUnit XML, HTML, the Maven plugin's log) print: the one place
 * their limits are set (README "Report limits"). A longer text is cut and ends with a visible marker naming its
 * full length, {@code …[truncated, 20971520 chars]}; a cut never splits a UTF-16 surrogate pair, and each report
 * escapes the text after cutting it, so no escape is ever cut in half.
 */
public final class ReportLimits {

    /** URLs, labels, group and file names, messages, sources, targets, summary lines, reasons: 2,000 characters. */
    public static final int TEXT_CHARS = 2_000;
    /** A finding's expected and actual values: 500 characters. */
    public static final int VALUE_CHARS = 500;
    /** JSON pointers and schema locations (long because a pointer grows with the nesting): 10,000 characters. */
    public static final int POINTER_CHARS = 10_000;
    /** ERROR and WARNING findings printed on the console; the rest are in the JUnit XML and HTML reports. */
    public static final int CONSOLE_FINDINGS = 200;
    /** Findings named in a JUnit {@code <failure message="…">} (all of them are in its text). */
    public static final int FAILURE_HEADLINES = 20;

    private static final String MARKER_START = "…[truncated, ";

    private ReportLimits() {
    }

    /** {@code text} cut at {@link #TEXT_CHARS}; {@code null} stays {@code null}. */
    public static String text(String text) {
        return cut(text, TEXT_CHARS);
    }

    /** {@code value} cut at {@link #VALUE_CHARS}; {@code null} stays {@code null}. */
    public static String value(String value) {
        return cut(value, VALUE_CHARS);
    }

    /** {@code pointer} cut at {@link #POINTER_CHARS}; {@code null} stays {@code null}. */
    public static String pointer(String pointer) {
        return cut(pointer, POINTER_CHARS);
    }

    /**
     * {@code text} when it has at most {@code limit} characters, else its first {@code limit} (one less when
     * that would split a surrogate pair) followed by {@code …[truncated, N chars]}, N its full length. A text
     * this method already cut to {@code limit} is returned as it is.
     */
    public static String cut(String text, int limit) {
        if (text == null || text.length() <= limit || alreadyCut(text, limit)) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.substring(0, end) + marker(text.length());
    }

    private static boolean alreadyCut(String text, int limit) {
        int at = text.lastIndexOf(MARKER_START);
        return at >= 0 && at <= limit && text.endsWith(" chars]")
                && text.substring(at + MARKER_START.length(), text.length() - " chars]".length()).chars().allMatch(Character::isDigit);
    }

    /** The marker a cut text ends with. */
    public static String marker(int fullLength) {
        return MARKER_START + fullLength + " chars]";
    }
}
