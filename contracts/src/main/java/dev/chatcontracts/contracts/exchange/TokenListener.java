package dev.chatcontracts.contracts.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Sees each token read through a {@link DuplicateKeys} parser, as it is read, so that several readers share
 * one pass over a body: one pulls the tokens (the schema validator), the others listen (the field walk).
 */
@FunctionalInterface
public interface TokenListener {

    /** The token just read; the parser stands on it: read its text if needed, do not move it. */
    void token(JsonToken token, JsonParser parser) throws IOException;
}
