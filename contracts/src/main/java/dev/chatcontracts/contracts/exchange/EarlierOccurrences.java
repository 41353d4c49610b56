package dev.chatcontracts.contracts.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * For a body whose objects repeat names ({@link DuplicateKeys} found some): where the members stand that a
 * tree would not keep, every occurrence of a name but its object's last, so that a second pass can read the
 * body as the tree holds it ({@link DuplicateKeys#keepingLast}). A pass of its own, only for such bodies;
 * memory: the names of the open objects with an offset each.
 */
public final class EarlierOccurrences {

    private EarlierOccurrences() {
    }

    /** The token offsets of the names of the members a tree drops, read to the end of the stream. */
    public static Set<Long> of(JsonParser parser) throws IOException {
        Set<Long> earlier = new HashSet<>();
        Deque<Map<String, Long>> open = new ArrayDeque<>();
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            switch (token) {
                case START_OBJECT -> open.push(new HashMap<>());
                case START_ARRAY -> open.push(Map.of());
                case END_OBJECT, END_ARRAY -> open.poll();
                case FIELD_NAME -> {
                    Map<String, Long> names = open.peek();
                    if (names != null && names.size() < DuplicateKeys.MAX_NAMES_PER_OBJECT) {
                        Long before = names.put(parser.currentName(), offset(parser.currentTokenLocation()));
                        if (before != null) {
                            earlier.add(before);
                        }
                    }
                }
                default -> {
                }
            }
        }
        return earlier;
    }

    static long offset(JsonLocation location) {
        return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
    }
}
