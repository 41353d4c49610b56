package dev.chatcontracts.contracts.exchange;

import java.util.Objects;

/**
 * Where a captured exchange came from: a file, and for a HAR file the index of its entry.
 *
 * @param file the file as given (a capture, a HAR file)
 * @param entry the 0-based index in the HAR file's {@code log.entries}, or {@code null} for a file that
 *     holds one exchange
 */
public record ExchangeSource(String file, Integer entry) {

    public ExchangeSource {
        Objects.requireNonNull(file, "file");
    }

    /** A file that holds one exchange. */
    public static ExchangeSource file(String file) {
        return new ExchangeSource(file, null);
    }

    /** An entry of a HAR file. */
    public static ExchangeSource harEntry(String file, int entry) {
        return new ExchangeSource(file, entry);
    }

    /** {@code captures/chats.json} or {@code session.har#/log/entries/2}. */
    public String describe() {
        return entry == null ? file : file + "#/log/entries/" + entry;
    }

    @Override
    public String toString() {
        return describe();
    }
}
