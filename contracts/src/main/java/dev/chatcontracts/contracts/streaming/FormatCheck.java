package dev.chatcontracts.contracts.streaming;

/** The check behind a {@code format} keyword, applied to string instances only. */
interface FormatCheck {

    boolean matches(String value);

    /** Checks a string given as characters; by default as a {@code String}. */
    default boolean matches(char[] chars, int offset, int length) {
        return matches(new String(chars, offset, length));
    }

    /**
     * {@code date-time} and {@code uri} are checked here (the hot ones in chat captures); every other
     * format, known to networknt or not, is delegated to networknt so that the verdict is its verdict.
     */
    static FormatCheck forName(String name) {
        return switch (name) {
            case "date-time" -> new DateTimeFormat(new NetworkntFormat(name));
            case "uri" -> new UriFormat();
            default -> new NetworkntFormat(name);
        };
    }
}
