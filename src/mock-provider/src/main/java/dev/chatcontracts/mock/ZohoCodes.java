package dev.chatcontracts.mock;

/** The Zoho SalesIQ error codes the mock answers with (from Zoho's reference pages). */
final class ZohoCodes {
    static final int INVALID_AUTHORIZATION_HEADER = 1002;
    static final int INVALID_SCREEN_NAME = 1005;
    static final int INVALID_DATA_TYPES = 1007;
    static final int INVALID_OAUTH_TOKEN = 1008;
    static final int INVALID_PARAMS = 1011;
    static final int PERMISSION_DENIED = 1016;
    static final int TOO_MANY_REQUESTS = 1023;
    static final int NO_VISITOR_FOUND = 2311;

    private ZohoCodes() {
    }
}
