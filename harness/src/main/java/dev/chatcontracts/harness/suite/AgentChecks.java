package dev.chatcontracts.harness.suite;

import dev.chatcontracts.harness.client.zendeskchat.AgentPages;
import dev.chatcontracts.harness.client.zendeskchat.api.AgentsApi;
import dev.chatcontracts.harness.client.zendeskchat.model.Agent;
import dev.chatcontracts.harness.client.zendeskchat.model.AgentCreate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Agents: every read, the since_id walk, and with writes a create, show, update, show, delete round trip. */
final class AgentChecks {

    static final int PAGE_SIZE = 2;

    private AgentChecks() {
    }

    static void run(SuiteContext context) {
        AgentsApi agents = new AgentsApi(context.zendesk());
        Agent[] first = new Agent[1];
        context.step("list every agent", "listAgents", () -> {
            List<Agent> all = agents.listAgents(null, null, null);
            first[0] = all.isEmpty() ? null : all.get(0);
            walkPages(context, agents, all);
        });
        context.step("show the requesting agent", "showRequestingAgent", agents::showRequestingAgent);
        if (first[0] != null) {
            context.step("show an agent", "showAgent", () -> agents.showAgent(first[0].getId()));
            if (first[0].getEmail() != null) {
                context.step("show an agent by e-mail", "showAgentByEmail", () -> agents.showAgentByEmail(first[0].getEmail()));
            }
        }
        if (context.writes()) {
            roundTrip(context, agents);
            context.step("update the requesting agent", "updateRequestingAgent", () -> {
                Agent me = agents.showRequestingAgent();
                agents.updateRequestingAgent(new Agent().firstName(me.getFirstName()));
            });
        } else {
            context.notRun("create, show, update and show an agent", "createAgent", SuiteContext.READ_ONLY);
            context.notRun("update the requesting agent", "updateRequestingAgent", SuiteContext.READ_ONLY);
        }
    }

    /** Every agent seen once over since_id pages no larger than the limit; the walk ends. */
    private static void walkPages(SuiteContext context, AgentsApi agents, List<Agent> wholeSet) {
        Set<Long> seen = new HashSet<>();
        int pages = 0;
        for (List<Agent> page : AgentPages.of(agents, PAGE_SIZE)) {
            if (++pages > wholeSet.size() + 2) {
                context.fail("suite.pagination.notTerminated", "listAgents", null, "an empty page after " + wholeSet.size() + " agents",
                        pages + " pages", "the since_id walk did not end");
                return;
            }
            if (page.size() > PAGE_SIZE) {
                context.fail("suite.pagination.pageTooLarge", "listAgents", null, "at most " + PAGE_SIZE, String.valueOf(page.size()),
                        "a page holds more agents than the limit");
            }
            for (Agent agent : page) {
                if (!seen.add(agent.getId())) {
                    context.fail("suite.pagination.duplicate", "listAgents", null, "once", "again", "agent " + agent.getId() + " was seen twice");
                }
            }
        }
        wholeSet.stream().map(Agent::getId).filter(id -> !seen.contains(id)).forEach(id -> context.fail("suite.pagination.missing",
                "listAgents", null, "seen", "never seen", "agent " + id + " is in the whole set but on no page"));
    }

    private static void roundTrip(SuiteContext context, AgentsApi agents) {
        context.step("create, show, update and show an agent", "createAgent", () -> {
            String email = "contract-run-" + Long.toHexString(System.nanoTime()) + "@example.com";
            Agent created = agents.createAgent(new AgentCreate().email(email).password("Contract-run-" + System.nanoTime())
                    .firstName("Contract").lastName("Run").displayName("Contract run").enabled(true));
            context.cleanup(() -> agents.deleteAgent(created.getId()));
            Agent before = agents.showAgent(created.getId());
            agents.updateAgent(created.getId(), new Agent().firstName("Contracted"));
            Agent after = agents.showAgent(created.getId());
            if (!Objects.equals(before.getCreateDate(), after.getCreateDate()) || !Objects.equals(before.getId(), after.getId())) {
                context.fail("suite.roundtrip.readOnlyChanged", "updateAgent", "/create_date", String.valueOf(before.getCreateDate()),
                        String.valueOf(after.getCreateDate()), "an update changed a read-only field of the agent");
            }
            if (!"Contracted".equals(after.getFirstName())) {
                context.fail("suite.roundtrip.notApplied", "updateAgent", "/first_name", "Contracted", after.getFirstName(),
                        "the update of a writable field is not seen afterwards");
            }
        });
    }
}
