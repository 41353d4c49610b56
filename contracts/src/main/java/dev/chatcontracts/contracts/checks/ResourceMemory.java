package dev.chatcontracts.contracts.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last response body of each resource (by resource key), for the read-only rules; the least
 * recently used resource is forgotten first once {@code capacity} is reached. Not thread-safe: one per
 * session. Bodies stored here are already redacted.
 */
public final class ResourceMemory {

    private final Map<String, JsonNode> lastResponses;

    public ResourceMemory(int capacity) {
        this.lastResponses = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, JsonNode> eldest) {
                return size() > capacity;
            }
        };
    }

    public Optional<JsonNode> last(String resourceKey) {
        return Optional.ofNullable(lastResponses.get(resourceKey));
    }

    public void remember(String resourceKey, JsonNode body) {
        lastResponses.put(resourceKey, body);
    }

    public void forget(String resourceKey) {
        lastResponses.remove(resourceKey);
    }

    public int size() {
        return lastResponses.size();
    }
}
