package dev.chatcontracts.harness.suite;

import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.client.zendeskchat.api.AccountApi;
import dev.chatcontracts.harness.client.zendeskchat.api.VisitorsApi;
import dev.chatcontracts.harness.client.zendeskchat.model.Account;
import dev.chatcontracts.harness.client.zendeskchat.model.Billing;
import dev.chatcontracts.harness.client.zendeskchat.model.Visitor;
import dev.chatcontracts.harness.client.zohosalesiq.api.ConversationsApi;
import dev.chatcontracts.harness.client.zohosalesiq.model.SalesIQConversationVisitorUpdate;
import java.util.Objects;

/** Visitors, the account and the SalesIQ conversation visitor. */
final class VisitorAndAccountChecks {

    /** The SalesIQ step's name (as its {@code step} call names it), for when it is not run. */
    private static final String SALESIQ_STEP = "update the visitor of a SalesIQ conversation";

    private VisitorAndAccountChecks() {
    }

    static void run(SuiteContext context) {
        AccountApi account = new AccountApi(context.zendesk());
        context.step("show the account", "showAccount", account::showAccount);
        if (!context.writes()) {
            context.notRun("update the account's billing with its own values", "updateAccount", SuiteContext.READ_ONLY);
            context.notRun("create, show, update and show a visitor", "createVisitor", SuiteContext.READ_ONLY);
            context.notRun(SALESIQ_STEP, "updateConversationVisitor", SuiteContext.READ_ONLY);
            return;
        }
        context.step("update the account's billing with its own values", "updateAccount", () -> {
            Billing billing = account.showAccount().getBilling();
            if (billing != null) {
                account.updateAccount(new Account().billing(new Billing().firstName(billing.getFirstName())));
            }
        });
        VisitorsApi visitors = new VisitorsApi(context.zendesk());
        context.step("create, show, update and show a visitor", "createVisitor", () -> {
            Visitor created = visitors.createVisitor(new Visitor().name("Contract run").email("visitor-run@example.com").notes("created by a contract run"));
            Visitor before = visitors.showVisitor(created.getId());
            visitors.updateVisitor(created.getId(), new Visitor().name("Contract run, renamed"));
            Visitor after = visitors.showVisitor(created.getId());
            if (!Objects.equals(before.getCreated(), after.getCreated()) || !Objects.equals(before.getExternalId(), after.getExternalId())) {
                context.fail("suite.roundtrip.readOnlyChanged", "updateVisitor", "/created", String.valueOf(before.getCreated()),
                        String.valueOf(after.getCreated()), "an update changed a read-only field of the visitor");
            }
        });
        if (context.salesIq() == null || context.target().salesIqConversation().isEmpty()) {
            context.notRun(SALESIQ_STEP, "updateConversationVisitor", "the target has no SalesIQ conversation (" + ContractTarget.SALESIQ_URL
                    + ", " + ContractTarget.SALESIQ_SCREEN_NAME + ", " + ContractTarget.SALESIQ_CONVERSATION + ")");
        }
        if (context.salesIq() != null && context.target().salesIqConversation().isPresent()) {
            var conversation = context.target().salesIqConversation().get();
            context.step("update the visitor of a SalesIQ conversation", "updateConversationVisitor", () -> {
                var envelope = new ConversationsApi(context.salesIq()).updateConversationVisitor(conversation.screenName(),
                        conversation.conversationId(), new SalesIQConversationVisitorUpdate().lastName("Contract run"));
                String name = envelope.getData() == null || envelope.getData().getVisitor() == null ? null : envelope.getData().getVisitor().getName();
                if (!"Contract run".equals(name)) {
                    context.fail("suite.roundtrip.notApplied", "updateConversationVisitor", "/data/visitor/name", "Contract run", name,
                            "the visitor's name sent as last_name is not returned as name (D19)");
                }
            });
        }
    }
}
