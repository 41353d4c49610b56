package dev.chatcontracts.contracts.pactgen;

/**
 * Hands out the ids of the resources the interactions of one pact need, each interaction its own:
 * agents from 1001 (below every id a live account or the mock assigns, so a create never takes one),
 * chats {@code 1701.655464.PactChat01}, visitors {@code 655464.PactVisitor01}, e-mail addresses
 * {@code pact-agent-01@example.com}, SalesIQ conversations {@code 666300030000900001}. Unknown ids,
 * for the 404 interactions, are {@code 999} and {@code ...Missing01}. Deterministic: the same
 * generation order gives the same ids.
 */
final class ResourceIds {

    /** The account id part of the chat and visitor ids the interactions use. */
    private static final String ACCOUNT = "655464";

    private int agents;
    private int chats;
    private int visitors;
    private int emails;
    private int conversations;
    private int missingAgents;
    private int missingChats;
    private int missingVisitors;
    private int missingEmails;

    long agent() {
        return 1001L + agents++;
    }

    long missingAgent() {
        return 999L - missingAgents++;
    }

    String chat() {
        return "1701." + ACCOUNT + ".PactChat" + two(++chats);
    }

    String missingChat() {
        return "1701." + ACCOUNT + ".Missing" + two(++missingChats);
    }

    String visitor() {
        return ACCOUNT + ".PactVisitor" + two(++visitors);
    }

    String missingVisitor() {
        return ACCOUNT + ".Missing" + two(++missingVisitors);
    }

    String email() {
        return "pact-agent-" + two(++emails) + "@example.com";
    }

    String missingEmail() {
        return "pact-missing-" + two(++missingEmails) + "@example.com";
    }

    String conversation() {
        return String.valueOf(666300030000900001L + conversations++);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
