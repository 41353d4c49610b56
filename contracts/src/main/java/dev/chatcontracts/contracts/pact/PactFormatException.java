package dev.chatcontracts.contracts.pact;

/** A file that is not a readable pact: not JSON, too large or deep, or without {@code interactions}. */
public final class PactFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public PactFormatException(String message) {
        super(message);
    }
}
