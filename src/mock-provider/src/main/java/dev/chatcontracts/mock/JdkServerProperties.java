package dev.chatcontracts.mock;

/**
 * The JDK HTTP server's system properties the mock depends on. The server reads them once per JVM, when
 * its configuration class is first used (the first server started in the JVM), so they are set as soon as a
 * mock class is loaded, and only when the user has not set them.
 */
final class JdkServerProperties {

    /** TCP_NODELAY: without it, Nagle's algorithm and delayed ACKs add about 40 ms to every answer. */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";
    /**
     * Seconds a connection may take to send a whole request (line, headers and body), counted from when it
     * connects or, kept alive, sends the next request's first byte; the JDK server closes it after that,
     * which also frees a request thread blocked reading it. Off (-1) in the JDK by default.
     */
    static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";
    /** Seconds an answer may take to be written (a client that does not read it); off in the JDK by default. */
    static final String MAX_RESPONSE_TIME = "sun.net.httpserver.maxRspTime";
    /** The mock's default for both times, in seconds. */
    static final String DEFAULT_MAX_EXCHANGE_SECONDS = "10";

    static {
        setUnlessSet(NO_DELAY, "true");
        setUnlessSet(MAX_REQUEST_TIME, DEFAULT_MAX_EXCHANGE_SECONDS);
        setUnlessSet(MAX_RESPONSE_TIME, DEFAULT_MAX_EXCHANGE_SECONDS);
    }

    private JdkServerProperties() {
    }

    /** Makes sure the defaults are set (class initialisation does the work once). */
    static void apply() {
        // the static initialiser has run by now
    }

    private static void setUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
