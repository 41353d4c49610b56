package dev.chatcontracts.contracts.pact;

import dev.chatcontracts.contracts.exchange.ExchangeSource;
import java.util.List;

/** One interaction of a pact file: an HTTP interaction to check, one that is not HTTP, or one that cannot be read. */
public sealed interface PactInteraction {

    /** The 0-based index in the file's {@code interactions} (or {@code messages}). */
    int index();

    /** The interaction's description, or {@code null}. */
    String description();

    /**
     * An HTTP request and the response the consumer expects.
     *
     * @param providerStates the states the provider must be in, in file order (a V2 {@code providerState} is one without params)
     */
    record Http(int index, String description, List<ProviderState> providerStates, PactRequest request, PactResponse response)
            implements PactInteraction {

        public Http {
            providerStates = List.copyOf(providerStates);
        }

        /** An interaction not yet in a file (its index is given when a {@link PactDocument} takes it). */
        public Http(String description, List<ProviderState> providerStates, PactRequest request, PactResponse response) {
            this(-1, description, providerStates, request, response);
        }

        /** The same interaction at another index. */
        public Http at(int newIndex) {
            return new Http(newIndex, description, providerStates, request, response);
        }

        /** The same interaction described otherwise. */
        public Http describedAs(String newDescription) {
            return new Http(index, newDescription, providerStates, request, response);
        }
    }

    /**
     * An interaction that is not {@code Synchronous/HTTP} (a V4 message, a V3 message pact's message).
     *
     * @param type its V4 {@code type}, e.g. {@code Asynchronous/Messages}
     */
    record NotHttp(int index, String description, String type) implements PactInteraction {
    }

    /** An interaction without the parts an HTTP interaction needs (method, path, status...). */
    record Malformed(int index, String description, String reason) implements PactInteraction {
    }

    /** Where findings about an interaction point: {@code pacts/a.json#/interactions/2 "createAgent with id"}. */
    static ExchangeSource source(String file, PactInteraction interaction) {
        String where = file + "#/interactions/" + interaction.index();
        return ExchangeSource.file(interaction.description() == null ? where : where + " \"" + interaction.description() + "\"");
    }
}
