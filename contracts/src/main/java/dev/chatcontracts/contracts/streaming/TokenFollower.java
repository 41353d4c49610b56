package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Sees each token the certifier reads, as it reads it ({@link StreamingValidator#certainlyPasses(JsonParser,
 * TokenFollower)}), so that another reader shares the pass without a parser in between (the engine's field walk).
 */
public interface TokenFollower {

    /** The token just read, not a name; the parser stands on it: read its text if needed, do not move it. */
    void token(JsonToken token, JsonParser parser) throws IOException;

    /** A member's name just read, in place of {@link #token} for its {@code FIELD_NAME} token. */
    void name(String name, JsonParser parser) throws IOException;
}
