package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Zoho SalesIQ conversation and its visitor. The visitor tree is never changed in place.
 *
 * @param screenName the portal's screen name
 * @param id         the conversation id (a long digit string)
 * @param question   the visitor's first question
 * @param visitor    the visitor as returned (name, id, country_code, channel_details, ...)
 */
record Conversation(String screenName, String id, String question, ObjectNode visitor) {

    String key() {
        return key(screenName, id);
    }

    static String key(String screenName, String conversationId) {
        return screenName + "/" + conversationId;
    }
}
