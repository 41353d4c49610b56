package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Follows one object or array the certifier walks ({@link StreamingValidator#certainlyPasses(JsonParser,
 * ValueFollower)}), so that another reader shares the pass at a call per member instead of a call per token (the
 * engine's field walk): told of each member and of each item that is itself a container, it gives the follower of
 * that value, or null when nothing below is followed; told when its container ends. A follower may throw an unchecked
 * exception of its own to stop the walk (one it cannot follow); the exception reaches the caller.
 */
public interface ValueFollower {

    /**
     * A member of this follower's object, the parser on its value's first token (its text may be read, it is not
     * moved); the follower of the value when it is an object or array to follow, else null.
     */
    ValueFollower member(String name, JsonToken token, JsonParser parser) throws IOException;

    /** The item at {@code index} of this follower's array, an object or array starting with {@code token}; its follower, or null. */
    ValueFollower item(int index, JsonToken token);

    /** This follower's container ended (its members or items all told). */
    void end();
}
