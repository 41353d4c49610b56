package dev.chatcontracts.contracts.captures;

import java.util.function.Consumer;

/**
 * A capture (one HAR file, or one folder of JSON responses): its entries in order, streamed one at a
 * time so that large captures are never held in memory. Each source is validated as one session.
 */
public interface CaptureSource {

    /** A name for messages: the file or folder. */
    String name();

    /** Reads every entry, in order, into {@code sink}; an entry that cannot be read is an {@link CaptureEntry.Unreadable}. */
    void read(Consumer<CaptureEntry> sink);
}
