package dev.chatcontracts.contracts.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A body after {@link BodyParser}: its JSON tree, or why there is none. */
public sealed interface ParsedBody {

    /**
     * The body is JSON.
     *
     * @param duplicateKeys the pointers of members whose object has their name more than once (the tree keeps the last)
     */
    record Json(JsonNode tree, List<String> duplicateKeys) implements ParsedBody {

        public Json(JsonNode tree) {
            this(tree, List.of());
        }

        public Json {
            duplicateKeys = List.copyOf(duplicateKeys);
        }
    }

    /** No body, or an empty one. */
    record Absent() implements ParsedBody {
    }

    /**
     * The body could not be read as JSON.
     *
     * @param problem what kind of problem
     * @param detail a description that never quotes the body (it may hold secrets)
     */
    record Unreadable(Problem problem, String detail) implements ParsedBody {
    }

    /** Why a body could not be read; each maps to a {@code *.body.*} key. */
    enum Problem {
        /** Not JSON, truncated, or with content after the JSON value: {@code *.body.malformed}. */
        MALFORMED("malformed"),
        /** Not UTF-8: {@code *.body.encoding}. */
        ENCODING("encoding"),
        /** Larger than the limit: {@code *.body.tooLarge}. */
        TOO_LARGE("tooLarge"),
        /** Nested deeper than the limit: {@code *.body.tooDeep}. */
        TOO_DEEP("tooDeep");

        private final String keySuffix;

        Problem(String keySuffix) {
            this.keySuffix = keySuffix;
        }

        /** The key for a request or response body: {@code response.body.malformed}. */
        public String key(String direction) {
            return direction + ".body." + keySuffix;
        }
    }
}
