package dev.chatcontracts.harness.suite;

import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.harness.client.zendeskchat.AgentPages;
import dev.chatcontracts.harness.client.zendeskchat.api.AgentsApi;
import dev.chatcontracts.harness.client.zendeskchat.model.Agent;
import dev.chatcontracts.harness.client.zendeskchat.model.AgentCreate;
import java.util.List;
import java.util.Objects;

/**
 * Agents: every read; the {@code since_id}, {@code max_id} and {@code X-Next-Page} walks; with writes a
 * create, show, update, show, delete round trip, and the requesting agent renamed, read back and renamed back.
 */
final class AgentChecks {

    static final int PAGE_SIZE = 2;

    private AgentChecks() {
    }

    static void run(SuiteContext context) {
        AgentsApi agents = new AgentsApi(context.zendesk());
        Agent[] first = new Agent[1];
        List<Long> all = new java.util.ArrayList<>();
        context.step("list every agent", "listAgents", () -> {
            List<Agent> whole = agents.listAgents(null, null, null);
            first[0] = whole.isEmpty() ? null : whole.get(0);
            whole.forEach(agent -> all.add(agent.getId()));
            AgentWalks walks = new AgentWalks(context, all, PAGE_SIZE);
            walks.check("since_id", AgentPages.of(agents, PAGE_SIZE));
        });
        context.step("walk the agents backward with max_id", "listAgents",
                () -> new AgentWalks(context, all, PAGE_SIZE).check("max_id", AgentWalks.backward(agents, all, PAGE_SIZE)));
        context.step("walk the agents forward over X-Next-Page", "listAgents",
                () -> new AgentWalks(context, all, PAGE_SIZE).check("X-Next-Page", AgentWalks.followingNextPage(agents, PAGE_SIZE)));
        context.step("show the requesting agent", "showRequestingAgent", agents::showRequestingAgent);
        if (first[0] != null) {
            context.step("show an agent", "showAgent", () -> agents.showAgent(first[0].getId()));
            if (first[0].getEmail() != null) {
                context.step("show an agent by e-mail", "showAgentByEmail", () -> agents.showAgentByEmail(first[0].getEmail()));
            }
        }
        if (!context.writes()) {
            context.notRun("create, show, update and show an agent", "createAgent", SuiteContext.READ_ONLY);
            context.notRun("rename the requesting agent and read it back", "updateRequestingAgent", SuiteContext.READ_ONLY);
            return;
        }
        roundTrip(context, agents);
        context.step("rename the requesting agent and read it back", "updateRequestingAgent", () -> renameMe(context, agents));
    }

    private static void roundTrip(SuiteContext context, AgentsApi agents) {
        context.step("create, show, update and show an agent", "createAgent", () -> {
            String email = "contract-run-" + Long.toHexString(System.nanoTime()) + "@example.com";
            Agent created = agents.createAgent(new AgentCreate().email(email).password("Contract-run-" + System.nanoTime())
                    .firstName("Contract").lastName("Run").displayName("Contract run").enabled(true));
            long id = created.getId();
            context.undo("POST /agents (agent " + id + ", " + email + ")", "DELETE /agents/" + id, "delete agent " + id,
                    () -> Restores.deleteUnlessGone(context.raw(), "/agents/" + id));
            Agent before = agents.showAgent(id);
            agents.updateAgent(id, new Agent().firstName("Contracted"));
            Agent after = agents.showAgent(id);
            if (!Objects.equals(before.getCreateDate(), after.getCreateDate()) || !Objects.equals(before.getId(), after.getId())) {
                context.fail(FindingKeys.SUITE_ROUNDTRIP_READ_ONLY_CHANGED, "updateAgent", "/create_date", String.valueOf(before.getCreateDate()),
                        String.valueOf(after.getCreateDate()), "resource", "agent");
            }
            Checks.readBack(context, "updateAgent", "/first_name", "Contracted", after.getFirstName());
        });
    }

    private static void renameMe(SuiteContext context, AgentsApi agents) throws Exception {
        Restores.snapshot(context, "/agents/me", Restores.Field.same("first_name"));
        String name = "Contract run " + Long.toHexString(System.nanoTime() & 0xffff);
        agents.updateRequestingAgent(new Agent().firstName(name));
        Checks.readBack(context, "updateRequestingAgent", "/first_name", name, agents.showRequestingAgent().getFirstName());
    }
}
