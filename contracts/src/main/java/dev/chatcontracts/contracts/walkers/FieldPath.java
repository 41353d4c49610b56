package dev.chatcontracts.contracts.walkers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A field path ({@code /chats/*}{@code /visitor}), made once for all the walks of a spec ({@link WalkPlanner#rootPath}):
 * its children are kept (at most {@value #MAX_CHILDREN} a path), so that walking a field costs one lookup and
 * its path string, hash included, is not made again for every body. Each kept path has a small number of its
 * own ({@link #id}, dense from 0 within a spec), so that a {@link FieldCollector} notes the paths a body
 * carries in a bit set instead of hashing their strings. Thread-safe.
 */
final class FieldPath {
    private static final int MAX_CHILDREN = 4096;
    /** Paths beyond this many in a spec get no id (-1): collectors hash those. */
    static final int MAX_IDS = 1 << 16;

    final String path;
    /** This path's number in its spec, or -1. */
    final int id;
    private final AtomicInteger ids;
    private final Map<String, FieldPath> children = new ConcurrentHashMap<>();
    private volatile FieldPath star;

    /** The root path of a spec's walks. */
    FieldPath() {
        this("", new AtomicInteger());
    }

    private FieldPath(String path, AtomicInteger ids) {
        this.path = path;
        this.ids = ids;
        int next = ids.getAndIncrement();
        this.id = next < MAX_IDS ? next : -1;
    }

    private FieldPath(String path) {
        this.path = path;
        this.ids = null;
        this.id = -1;
    }

    /** The path of a declared field. */
    FieldPath child(String name) {
        FieldPath child = children.get(name);
        if (child == null) {
            String childPath = path + "/" + PointerTokens.escape(name);
            if (children.size() < MAX_CHILDREN && ids != null) {
                child = children.computeIfAbsent(name, key -> new FieldPath(childPath, ids));
            } else {
                child = new FieldPath(childPath);
            }
        }
        return child;
    }

    /** The path of array items and map values. */
    FieldPath star() {
        FieldPath items = star;
        if (items == null) {
            synchronized (this) {
                items = star;
                if (items == null) {
                    items = ids == null ? new FieldPath(path + "/*") : new FieldPath(path + "/*", ids);
                    star = items;
                }
            }
        }
        return items;
    }

    /** The path of an unknown field: not kept, as unknown names are the body's. */
    String unknown(String name) {
        return path + "/" + PointerTokens.escape(name);
    }
}
