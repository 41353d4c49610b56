package dev.chatcontracts.contracts.walkers;

/** JSON Pointer reference tokens (RFC 6901): how a property name is written inside a pointer. */
public final class PointerTokens {

    private PointerTokens() {
    }

    /** {@code token} with {@code ~} written {@code ~0} and {@code /} written {@code ~1}. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
