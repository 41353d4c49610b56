package dev.chatcontracts.contracts.checks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last response body of each resource (by resource key), for the read-only rules; the least
 * recently used resource is forgotten first once {@code capacity} is reached. Not thread-safe: one per
 * session. A body's tree is read, redacted, only when a rule compares it ({@link BodyTree}).
 */
public final class ResourceMemory {

    private final Map<String, BodyTree> lastResponses;

    public ResourceMemory(int capacity) {
        this.lastResponses = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, BodyTree> eldest) {
                return size() > capacity;
            }
        };
    }

    public Optional<BodyTree> last(String resourceKey) {
        return Optional.ofNullable(lastResponses.get(resourceKey));
    }

    public void remember(String resourceKey, BodyTree body) {
        lastResponses.put(resourceKey, body);
    }

    public void forget(String resourceKey) {
        lastResponses.remove(resourceKey);
    }

    public int size() {
        return lastResponses.size();
    }
}
