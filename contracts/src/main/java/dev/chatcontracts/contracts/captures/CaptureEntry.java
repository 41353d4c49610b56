package dev.chatcontracts.contracts.captures;

import dev.chatcontracts.contracts.exchange.Exchange;
import dev.chatcontracts.contracts.exchange.ExchangeSource;
import dev.chatcontracts.contracts.findings.FindingMessage;

/** One entry of a capture: an exchange to validate, or the reason it cannot be read. */
public sealed interface CaptureEntry {

    /** The entry's source (file and HAR entry index). */
    ExchangeSource source();

    /** An exchange read from the capture (not yet redacted: the engine redacts it first). */
    record Captured(Exchange exchange) implements CaptureEntry {
        @Override
        public ExchangeSource source() {
            return exchange.source();
        }
    }

    /**
     * An entry that cannot become an exchange.
     *
     * @param source the file and entry
     * @param message why, naming the file and entry; never quoting bodies, URLs redacted; its key is the
     *     finding's ({@code capture.unreadable}, {@code capture.tooDeep}, {@code response.body.tooLarge},
     *     {@code request.operation.unknown}, ...)
     * @param method the request method when known, else null
     * @param url the request URL when known (redacted), else null
     */
    record Unreadable(ExchangeSource source, FindingMessage message, String method, String url)
            implements CaptureEntry {

        public static Unreadable of(ExchangeSource source, FindingMessage message) {
            return new Unreadable(source, message, null, null);
        }

        /** The finding key. */
        public String key() {
            return message.key();
        }
    }
}
