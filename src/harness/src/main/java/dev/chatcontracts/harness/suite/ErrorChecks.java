package dev.chatcontracts.harness.suite;

import dev.chatcontracts.harness.ContractTarget;

/**
 * The documented errors, each answered by the target and validated by the engine against the spec's error
 * schema like any other exchange: 401 without credentials, 403 for a plain agent (with
 * {@value ContractTarget#AGENT_EMAIL} and {@value ContractTarget#AGENT_PASSWORD} on a real account), 404 for
 * unknown ids, 400 for {@code limit} above its maximum. Another status is {@code suite.error.unexpectedStatus}.
 */
final class ErrorChecks {

    /** Below every id a live account assigns (12 to 13 digits). */
    private static final String UNKNOWN_AGENT = "/agents/1";
    private static final String UNKNOWN_CHAT = "/chats/0000.0.chat-contracts-unknown";
    private static final String UNKNOWN_VISITOR = "/visitors/0.chat-contracts-unknown";

    private ErrorChecks() {
    }

    static void run(SuiteContext context) {
        RawJson raw = context.raw();
        context.step("401 without credentials", "showAccount",
                () -> Checks.status(context, "showAccount", "GET /account without credentials", 401, raw.getWithoutCredentials("/account").status()));
        var agentRole = context.target().agentRoleAuthentication();
        if (agentRole.isPresent()) {
            context.step("403 for a plain agent", "showAccount",
                    () -> Checks.status(context, "showAccount", "GET /account as a plain agent", 403, raw.as(agentRole.get()).get("/account").status()));
        } else {
            context.notRun("403 for a plain agent", "showAccount", "set " + ContractTarget.AGENT_EMAIL + " and " + ContractTarget.AGENT_PASSWORD
                    + " to an agent with the Agent role");
        }
        context.step("404 for an unknown agent, chat and visitor", "showAgent", () -> {
            Checks.status(context, "showAgent", "GET " + UNKNOWN_AGENT, 404, raw.get(UNKNOWN_AGENT).status());
            Checks.status(context, "showChat", "GET " + UNKNOWN_CHAT, 404, raw.get(UNKNOWN_CHAT).status());
            Checks.status(context, "showVisitor", "GET " + UNKNOWN_VISITOR, 404, raw.get(UNKNOWN_VISITOR).status());
        });
        context.step("400 for limit above the maximum", "listAgents",
                () -> Checks.status(context, "listAgents", "GET /agents?limit=201", 400, raw.get("/agents?limit=201").status()));
    }
}
