package dev.chatcontracts.harness.suite;

import dev.chatcontracts.harness.ContractTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes the provider suite makes on a target and how each is undone, without sending anything: what
 * {@code check --plan} prints. Kept beside the checks that make the writes; a test holds the two together
 * by comparing this plan with the writes a run records.
 */
public final class SuitePlan {

    private SuitePlan() {
    }

    /** One line per write: {@code <operation>: <write> -> undo: <undo>}; a read-only target writes nothing. */
    public static List<String> writes(ContractTarget target) {
        List<String> lines = new ArrayList<>();
        if (!target.writesAllowed()) {
            lines.add("no writes: the target does not allow them (" + ContractTarget.ALLOW_WRITES + "=true on a sandbox account)");
            return lines;
        }
        lines.add("createAgent: POST /agents (a new agent contract-run-<n>@example.com) -> undo: DELETE /agents/<its id>");
        lines.add("updateAgent: PUT /agents/<that agent> first_name -> undone by its delete");
        lines.add("updateRequestingAgent: PUT /agents/me first_name -> undo: PUT /agents/me with the first_name read before");
        lines.add("createChat: POST /chats (two offline messages) -> undo: DELETE /chats/<each id> (one is bulk deleted by the run itself)");
        lines.add("updateChat: PUT /chats/<the message> unread, tags -> undone by its delete");
        lines.add("updateChat: PUT /chats/<the first chat> rating, tags, visitor.name -> undo: PUT with the values read before");
        lines.add("bulkDeleteChats: DELETE /chats?ids=<the run's own message>,not-a-chat-id -> deletes only what the run created");
        lines.add("updateAccount: PUT /account billing.first_name, billing.email -> undo: PUT /account with the values read before");
        String visitor = target.runResources().visitorId();
        if (target.mock().isPresent()) {
            lines.add("createVisitor: POST /visitors (a visitor for this run; the embedded mock is put back anyway)");
        } else if (visitor == null) {
            lines.add("createVisitor: POST /visitors (the run's own visitor, once: visitors cannot be deleted; set "
                    + ContractTarget.VISITOR_ID + " to its id so later runs reuse it) -> no undo");
        }
        lines.add("updateVisitor: PUT /visitors/" + (visitor == null ? "<the run's visitor>" : visitor)
                + " name, notes -> undo: PUT with the values read before");
        if (target.salesIqConversation().isPresent() && target.salesIqBaseUrl().isPresent()) {
            String name = target.runResources().salesIqVisitorName();
            if (target.mock().isPresent() || name != null) {
                var conversation = target.salesIqConversation().get();
                lines.add("updateConversationVisitor: PUT /visitor/v1/" + conversation.screenName() + "/conversations/"
                        + conversation.conversationId() + "/visitor last_name -> undo: " + (name == null ? "none needed on the embedded mock"
                                : "PUT last_name " + name));
            } else {
                lines.add("updateConversationVisitor: not sent (set " + ContractTarget.SALESIQ_VISITOR_NAME + " to the name to put back)");
            }
        }
        return lines;
    }
}
