package dev.chatcontracts.harness.suite;

import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingMessage;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.client.zendeskchat.api.AccountApi;
import dev.chatcontracts.harness.client.zendeskchat.api.VisitorsApi;
import dev.chatcontracts.harness.client.zendeskchat.model.Account;
import dev.chatcontracts.harness.client.zendeskchat.model.Billing;
import dev.chatcontracts.harness.client.zendeskchat.model.Visitor;
import dev.chatcontracts.harness.client.zohosalesiq.api.ConversationsApi;
import dev.chatcontracts.harness.client.zohosalesiq.model.SalesIQConversationVisitorUpdate;
import java.util.Objects;

/**
 * The account, visitors and the SalesIQ conversation visitor. With writes, the account's billing name and
 * e-mail address and the run's own visitor's name and notes are changed, read back and put back. Visitors have
 * no delete operation, so on a real account the run reuses one visitor of its own
 * ({@value ContractTarget#VISITOR_ID}); SalesIQ has no read operation, so its visitor is updated only when the
 * name to put back is known ({@value ContractTarget#SALESIQ_VISITOR_NAME}).
 */
final class VisitorAndAccountChecks {

    private VisitorAndAccountChecks() {
    }

    static void run(SuiteContext context) {
        AccountApi account = new AccountApi(context.zendesk());
        context.step("show the account", "showAccount", account::showAccount);
        if (!context.writes()) {
            context.notRun("change the account's billing and read it back", "updateAccount", SuiteContext.READ_ONLY);
            context.notRun("change the run's visitor and read it back", "updateVisitor", SuiteContext.READ_ONLY);
            context.notRun("update the visitor of a SalesIQ conversation", "updateConversationVisitor", SuiteContext.READ_ONLY);
            return;
        }
        context.step("change the account's billing and read it back", "updateAccount", () -> changeBilling(context, account));
        VisitorsApi visitors = new VisitorsApi(context.zendesk());
        String[] visitorId = new String[1];
        context.step("find or create the run's own visitor", "createVisitor", () -> visitorId[0] = RunVisitor.resolve(context, visitors));
        if (visitorId[0] != null) {
            context.step("change the run's visitor and read it back", "updateVisitor", () -> changeVisitor(context, visitors, visitorId[0]));
        }
        salesIq(context);
    }

    private static void changeBilling(SuiteContext context, AccountApi account) throws Exception {
        var before = Restores.snapshot(context, "/account", Restores.Field.same("billing/first_name"), Restores.Field.same("billing/email"));
        if (!before.path("billing").isObject()) {
            context.notRun("change the account's billing and read it back", "updateAccount",
                    "the account answers no billing (only the owner sees it)");
            return;
        }
        String name = "Contract run " + Long.toHexString(System.nanoTime() & 0xffff);
        account.updateAccount(new Account().billing(new Billing().firstName(name).email("contract-run@example.com")));
        Billing after = account.showAccount().getBilling();
        Checks.readBack(context, "updateAccount", "/billing/first_name", name, after == null ? null : after.getFirstName());
        Checks.readBack(context, "updateAccount", "/billing/email", "contract-run@example.com", after == null ? null : after.getEmail());
    }

    private static void changeVisitor(SuiteContext context, VisitorsApi visitors, String id) throws Exception {
        String path = "/visitors/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
        Restores.snapshot(context, path, Restores.Field.same("name"), Restores.Field.same("notes"));
        Visitor before = visitors.showVisitor(id);
        String name = "Contract run " + Long.toHexString(System.nanoTime() & 0xffff);
        visitors.updateVisitor(id, new Visitor().name(name).notes("changed by a contract run"));
        Visitor after = visitors.showVisitor(id);
        Checks.readBack(context, "updateVisitor", "/name", name, after.getName());
        Checks.readBack(context, "updateVisitor", "/notes", "changed by a contract run", after.getNotes());
        if (!Objects.equals(before.getCreated(), after.getCreated()) || !Objects.equals(before.getExternalId(), after.getExternalId())) {
            context.fail(FindingKeys.SUITE_ROUNDTRIP_READ_ONLY_CHANGED, "updateVisitor", "/created", String.valueOf(before.getCreated()),
                    String.valueOf(after.getCreated()), "resource", "visitor");
        }
    }

    private static void salesIq(SuiteContext context) {
        var conversation = context.target().salesIqConversation();
        if (context.salesIq() == null || conversation.isEmpty()) {
            context.notRun("update the visitor of a SalesIQ conversation", "updateConversationVisitor",
                    "the target has no SalesIQ URL, token and conversation");
            return;
        }
        String restoreName = context.target().mock().isPresent() ? null : context.target().runResources().salesIqVisitorName();
        if (context.target().mock().isEmpty() && restoreName == null) {
            context.notRun("update the visitor of a SalesIQ conversation", "updateConversationVisitor", "SalesIQ cannot read the visitor,"
                    + " so its name could not be put back: set " + ContractTarget.SALESIQ_VISITOR_NAME + " to the visitor's current name");
            return;
        }
        var screen = conversation.get();
        ConversationsApi api = new ConversationsApi(context.salesIq());
        context.step("update the visitor of a SalesIQ conversation", "updateConversationVisitor", () -> {
            if (restoreName != null) {
                context.undo("PUT conversation " + screen.conversationId() + " visitor last_name", "PUT last_name " + restoreName,
                        "{\"last_name\":\"" + restoreName + "\"}", () -> api.updateConversationVisitor(screen.screenName(),
                                screen.conversationId(), new SalesIQConversationVisitorUpdate().lastName(restoreName)));
            }
            var envelope = api.updateConversationVisitor(screen.screenName(), screen.conversationId(),
                    new SalesIQConversationVisitorUpdate().lastName("Contract run"));
            String name = envelope.getData() == null || envelope.getData().getVisitor() == null ? null : envelope.getData().getVisitor().getName();
            if (!"Contract run".equals(name)) {
                context.fail(FindingKeys.SUITE_ROUNDTRIP_NOT_APPLIED, "updateConversationVisitor", "/data/visitor/name", "Contract run", name,
                        FindingMessage.variant(FindingKeys.SUITE_ROUNDTRIP_NOT_APPLIED, "visitorName"));
            }
        });
    }
}
