package dev.chatcontracts.openapi.model;

/**
 * A problem with a spec that the user has to fix: it names the rule broken ({@code key}), where
 * ({@code location}, a file, a reference or a JSON pointer) and why.
 */
public class SpecException extends RuntimeException {

    private final String key;
    private final String location;

    public SpecException(String key, String location, String reason) {
        super(location + ": " + reason + " [" + key + "]");
        this.key = key;
        this.location = location;
    }

    public String key() {
        return key;
    }

    public String location() {
        return location;
    }
}
