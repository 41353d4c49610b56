package dev.chatcontracts.contracts.pact;

import dev.chatcontracts.contracts.reports.ExchangeResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The pact files of {@code src/test/resources/pacts}. */
final class PactFixtures {

    private PactFixtures() {
    }

    static Path pact(String name) {
        try {
            return Path.of(PactFixtures.class.getResource("/pacts/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource pacts/" + name, e);
        }
    }

    /** {@code key pointer} of every finding of a result. */
    static List<String> keysAndPointers(ExchangeResult result) {
        return result.findings().stream().map(f -> f.key() + (f.pointer() == null ? "" : " " + f.pointer())).toList();
    }
}
