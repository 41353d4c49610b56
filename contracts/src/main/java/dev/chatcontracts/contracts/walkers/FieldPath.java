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
    private volatile PlanChildren planChildren;

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

    /**
     * The slots for the children of this path named by {@code plan}'s rules ({@link FieldRule#ordinal}), filled
     * as they are met ({@link #child(FieldRule, String, FieldPath[])}): the objects walked with one plan at one
     * path find a field's path by its rule, without a second lookup by name. One plan's slots are kept; a path
     * walked with several plans in turn makes new slots (correct, only slower).
     */
    FieldPath[] childrenFor(ObjectPlan plan) {
        PlanChildren kept = planChildren;
        if (kept == null || kept.plan != plan) {
            kept = new PlanChildren(plan, new FieldPath[plan.rules.size()]);
            planChildren = kept;
        }
        return kept.children;
    }

    /** The path of the field {@code name} whose rule is {@code rule}, through {@code slots} from {@link #childrenFor}. */
    FieldPath child(FieldRule rule, String name, FieldPath[] slots) {
        if (rule.ordinal < 0) {
            return child(name);
        }
        FieldPath child = slots[rule.ordinal];
        if (child == null) {
            child = child(name);
            slots[rule.ordinal] = child;
        }
        return child;
    }

    /** A plan and the paths of its named fields below this path (a record: published whole, with its array). */
    private record PlanChildren(ObjectPlan plan, FieldPath[] children) {
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
