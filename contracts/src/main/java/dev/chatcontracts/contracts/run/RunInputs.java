package dev.chatcontracts.contracts.run;

import dev.chatcontracts.contracts.exchange.Exchange;
import java.nio.file.Path;
import java.util.List;

/** What a {@link ContractRun} checks: capture files, consumer pact files, or exchanges already recorded. */
public sealed interface RunInputs {

    /** HAR files, JSON responses with sidecars, or folders of them; each file one source of exchanges in order. */
    record Captures(List<Path> filesOrFolders) implements RunInputs {
        public Captures {
            filesOrFolders = List.copyOf(filesOrFolders);
        }
    }

    /** Pact files (V2, V3, V4), or folders of them (not recursive). */
    record Pacts(List<Path> filesOrFolders) implements RunInputs {
        public Pacts {
            filesOrFolders = List.copyOf(filesOrFolders);
        }
    }

    /** Exchanges made by a test or the provider suite, validated in order in one session. */
    record Exchanges(List<Exchange> exchanges) implements RunInputs {
        public Exchanges {
            exchanges = List.copyOf(exchanges);
        }
    }

    static RunInputs captures(List<Path> filesOrFolders) {
        return new Captures(filesOrFolders);
    }

    static RunInputs pacts(List<Path> filesOrFolders) {
        return new Pacts(filesOrFolders);
    }

    static RunInputs exchanges(List<Exchange> exchanges) {
        return new Exchanges(exchanges);
    }
}
