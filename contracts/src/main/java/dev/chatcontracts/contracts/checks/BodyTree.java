package dev.chatcontracts.contracts.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.exchange.Body;
import dev.chatcontracts.contracts.exchange.BodyParser;
import dev.chatcontracts.contracts.exchange.ParsedBody;
import dev.chatcontracts.contracts.exchange.Redactor;

/**
 * A checked body (in memory, readable JSON) whose redacted tree the session rules may need: a readOnly
 * field in a request to compare with the resource's last response, an update's response to compare with
 * it. The tree is read on the first {@link #tree()} only, so that exchanges no rule compares are read
 * once, by the checks' one pass. Not thread-safe: one per session.
 */
public final class BodyTree {

    private final BodyParser parser;
    private final Body body;
    private JsonNode tree;

    BodyTree(BodyParser parser, Body body) {
        this.parser = parser;
        this.body = body;
    }

    /** The body's tree with its secrets masked ({@link Redactor#redactTree}); null if it cannot be read. */
    public JsonNode tree() {
        if (tree == null && parser.parse(body) instanceof ParsedBody.Json json) {
            tree = Redactor.redactTree(json.tree());
        }
        return tree;
    }

    static JsonNode treeOf(BodyTree body) {
        return body == null ? null : body.tree();
    }
}
