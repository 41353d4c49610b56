package dev.chatcontracts.harness.suite;

import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.harness.ContractTarget;
import dev.chatcontracts.harness.client.zendeskchat.api.VisitorsApi;
import dev.chatcontracts.harness.client.zendeskchat.model.Visitor;

/**
 * The visitor a run changes. Visitors cannot be deleted, so a run on a real account never creates one per
 * run: it reuses the visitor {@value ContractTarget#VISITOR_ID} names, after checking that its name
 * ({@value ContractTarget#RUN_VISITOR_NAME}, put back after each run) marks it as the run's own; without
 * one it creates that visitor once and says, as the WARNING {@code suite.visitor.created}, which id to set.
 * The embedded mock gets a new visitor each run (its state is put back anyway).
 */
final class RunVisitor {

    static final String NAME = ContractTarget.RUN_VISITOR_NAME;

    private RunVisitor() {
    }

    /** The id of the run's visitor, or null when the configured one is not the run's own. */
    static String resolve(SuiteContext context, VisitorsApi visitors) throws Exception {
        String configured = context.target().runResources().visitorId();
        if (configured != null && context.target().mock().isEmpty()) {
            Visitor visitor = visitors.showVisitor(configured);
            if (!NAME.equals(visitor.getName())) {
                context.fail(FindingKeys.SUITE_VISITOR_NOT_OWN, "updateVisitor", "/name", NAME,
                        visitor.getName(), "id", configured, "variable", ContractTarget.VISITOR_ID);
                return null;
            }
            return configured;
        }
        var body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("name", NAME)
                .put("email", "visitor-run@example.com").put("notes", "the visitor of chat-contracts runs");
        String id = context.raw().post("/visitors", body).require("POST /visitors").path("id").asText(null);
        if (id == null) {
            throw new java.io.IOException("POST /visitors answered no id");
        }
        visitors.showVisitor(id);
        if (context.target().mock().isEmpty()) {
            context.fail(FindingKeys.SUITE_VISITOR_CREATED, "createVisitor", null, ContractTarget.VISITOR_ID + "=" + id, "not set",
                    "id", id, "variable", ContractTarget.VISITOR_ID);
        }
        return id;
    }
}
