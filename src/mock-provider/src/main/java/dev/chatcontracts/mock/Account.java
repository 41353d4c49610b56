package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The account. The JSON trees are never changed in place: an update builds a new account.
 *
 * @param accountId  the numeric account id used inside chat, session and visitor ids
 * @param accountKey the widget key
 * @param billing    billing details (shown to the owner only)
 * @param createDate ISO-8601 creation time
 * @param plan       the plan and its limits ({@code "unlimited"} or integers)
 * @param status     e.g. {@code active}
 */
record Account(long accountId, String accountKey, ObjectNode billing, String createDate, ObjectNode plan,
               String status) {

    /** The account as a caller sees it: {@code billing} only for the owner. */
    ObjectNode view(boolean owner) {
        ObjectNode view = Json.object();
        view.put("account_key", accountKey);
        if (owner) {
            view.set("billing", billing.deepCopy());
        }
        view.put("create_date", createDate);
        view.set("plan", plan.deepCopy());
        view.put("status", status);
        return view;
    }

    /** A new account whose billing has the given fields merged in. */
    Account withBillingMerged(ObjectNode changes) {
        ObjectNode merged = billing.deepCopy();
        merged.setAll(changes);
        return new Account(accountId, accountKey, merged, createDate, plan, status);
    }
}
