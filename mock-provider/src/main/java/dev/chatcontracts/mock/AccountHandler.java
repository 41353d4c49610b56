package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** The Account resource: show (billing only for the owner) and update (owner only, merges billing). */
final class AccountHandler {

    private static final FieldRules UPDATE = FieldRules.of("Account")
            .writable("billing", JsonKind.OBJECT)
            .readOnly("account_key", "create_date", "plan", "status");

    private static final FieldRules BILLING = FieldRules.of("Billing")
            .writable("additional_info", JsonKind.STRING)
            .writable("address1", JsonKind.STRING)
            .writable("address2", JsonKind.STRING)
            .writable("city", JsonKind.STRING)
            .writable("company", JsonKind.STRING)
            .writable("country_code", JsonKind.STRING)
            .writable("cycle", JsonKind.INT64)
            .writable("email", JsonKind.STRING)
            .writable("first_name", JsonKind.STRING)
            .writable("last_name", JsonKind.STRING)
            .writable("phone", JsonKind.STRING)
            .writable("postal_code", JsonKind.STRING)
            .writable("state", JsonKind.STRING);

    private final AtomicReference<Account> account;

    AccountHandler(AtomicReference<Account> account) {
        this.account = account;
    }

    void register(Map<Operation, OperationHandler> handlers) {
        handlers.put(Operation.SHOW_ACCOUNT, request -> ApiResponse.ok(account.get().view(request.caller().isOwner())));
        handlers.put(Operation.UPDATE_ACCOUNT, this::update);
    }

    private ApiResponse update(ApiRequest request) {
        ObjectNode fields = UPDATE.writableFields(request.jsonObject(), request.strict());
        ObjectNode billing = fields.has("billing")
                ? BILLING.writableFields((ObjectNode) fields.get("billing"), request.strict())
                : Json.object();
        Account updated = account.updateAndGet(current -> current.withBillingMerged(billing));
        return ApiResponse.ok(updated.view(true));
    }
}
