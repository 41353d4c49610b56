package dev.chatcontracts.harness;

import dev.chatcontracts.contracts.exchange.Exchange;
import java.util.ArrayList;
import java.util.List;

/** The exchanges a client made, in the order they completed. Thread-safe. */
public final class ExchangeRecorder {

    private final List<Exchange> exchanges = new ArrayList<>();

    public synchronized void record(Exchange exchange) {
        exchanges.add(exchange);
    }

    /** A copy of what was recorded so far. */
    public synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Takes what was recorded so far and forgets it. */
    public synchronized List<Exchange> drain() {
        List<Exchange> out = List.copyOf(exchanges);
        exchanges.clear();
        return out;
    }

    public synchronized int size() {
        return exchanges.size();
    }
}
