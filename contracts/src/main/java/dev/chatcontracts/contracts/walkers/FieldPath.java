package dev.chatcontracts.contracts.walkers;

import java.util.HashMap;
import java.util.Map;

/**
 * A field path ({@code /chats/*}{@code /visitor}) of one walk, made once: its children are kept, so that
 * walking a field costs one lookup, and remembers the last collector it was added to.
 */
final class FieldPath {
    final String path;
    private Map<String, FieldPath> children;
    private FieldPath star;
    FieldCollector seenBy;

    FieldPath(String path) {
        this.path = path;
    }

    /** The path of a declared field. */
    FieldPath child(String name) {
        if (children == null) {
            children = new HashMap<>();
        }
        FieldPath child = children.get(name);
        if (child == null) {
            child = new FieldPath(path + "/" + PointerTokens.escape(name));
            children.put(name, child);
        }
        return child;
    }

    /** The path of array items and map values. */
    FieldPath star() {
        if (star == null) {
            star = new FieldPath(path + "/*");
        }
        return star;
    }

    /** The path of an unknown field: not kept, as unknown names are the body's. */
    String unknown(String name) {
        return path + "/" + PointerTokens.escape(name);
    }
}
