package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** The Account resource: show (billing only for the owner) and update (owner only, merges billing). */
final class AccountHandler {

    private final AtomicReference<Account> account;

    AccountHandler(AtomicReference<Account> account) {
        this.account = account;
    }

    void register(Map<Operation, OperationHandler> handlers) {
        handlers.put(Operation.SHOW_ACCOUNT, request -> ApiResponse.ok(account.get().view(request.caller().isOwner())));
        handlers.put(Operation.UPDATE_ACCOUNT, this::update);
    }

    private ApiResponse update(ApiRequest request) {
        // the spec's rules check billing's own fields too: fields.billing holds only its writable, valid fields
        ObjectNode fields = SpecRules.request(Operation.UPDATE_ACCOUNT).writableFields(request.jsonObject(), request.strict());
        ObjectNode billing = fields.has("billing") ? (ObjectNode) fields.get("billing") : Json.object();
        Account updated = account.updateAndGet(current -> current.withBillingMerged(billing));
        return ApiResponse.ok(updated.view(true));
    }
}
