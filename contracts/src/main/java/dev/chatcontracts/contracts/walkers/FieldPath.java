package dev.chatcontracts.contracts.walkers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A field path ({@code /chats/*}{@code /visitor}), made once for all the walks of a spec ({@link WalkPlanner#rootPath}):
 * its children are kept (at most {@value #MAX_CHILDREN} a path), so that walking a field costs one lookup and
 * its path string, hash included, is not made again for every body; and remembers the last collector it was
 * added to. Thread-safe: {@link #seenBy} is only a shortcut (a collector sees its own mark; another walk's mark
 * makes it add the path once more to its set).
 */
final class FieldPath {
    private static final int MAX_CHILDREN = 4096;

    final String path;
    private final Map<String, FieldPath> children = new ConcurrentHashMap<>();
    private volatile FieldPath star;
    FieldCollector seenBy;

    FieldPath(String path) {
        this.path = path;
    }

    /** The path of a declared field. */
    FieldPath child(String name) {
        FieldPath child = children.get(name);
        if (child == null) {
            child = new FieldPath(path + "/" + PointerTokens.escape(name));
            if (children.size() < MAX_CHILDREN) {
                FieldPath earlier = children.putIfAbsent(name, child);
                child = earlier != null ? earlier : child;
            }
        }
        return child;
    }

    /** The path of array items and map values. */
    FieldPath star() {
        FieldPath items = star;
        if (items == null) {
            items = new FieldPath(path + "/*");
            star = items;
        }
        return items;
    }

    /** The path of an unknown field: not kept, as unknown names are the body's. */
    String unknown(String name) {
        return path + "/" + PointerTokens.escape(name);
    }
}
