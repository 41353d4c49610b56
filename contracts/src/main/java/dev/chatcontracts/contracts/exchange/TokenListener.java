package dev.chatcontracts.contracts.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Sees each token read through a {@link DuplicateKeys} parser, as it is read, so that several readers share
 * one pass over a body: one pulls the tokens (the schema validator), the others listen (the field walk).
 */
public interface TokenListener {

    /** What {@link #name} answers: not told (the parser's own check decides). */
    int UNTOLD = -1;
    /** What {@link #name} answers: the first member of that name in its object. */
    int FIRST = 0;
    /** What {@link #name} answers: the object had a member of that name already. */
    int REPEATED = 1;

    /** The token just read; the parser stands on it: read its text if needed, do not move it. */
    void token(JsonToken token, JsonParser parser) throws IOException;

    /**
     * A member's name just read, in place of {@link #token} for its {@code FIELD_NAME} token (the parser stands on
     * it): a listener that looks the name up anyway may tell whether the object had it already ({@link #FIRST},
     * {@link #REPEATED}), sparing the parser its own check; {@link #UNTOLD} leaves that to the parser. A listener
     * must tell, or not, the same way for every member of a name in one object.
     */
    default int name(String name, JsonParser parser) throws IOException {
        token(JsonToken.FIELD_NAME, parser);
        return UNTOLD;
    }
}
