package dev.chatcontracts.harness.suite;

import dev.chatcontracts.harness.client.zendeskchat.NextUrlPages;
import dev.chatcontracts.harness.client.zendeskchat.api.ChatsApi;
import dev.chatcontracts.harness.client.zendeskchat.model.Chat;
import dev.chatcontracts.harness.client.zendeskchat.model.ChatOrOfflineMessage;
import dev.chatcontracts.harness.client.zendeskchat.model.ChatSessionInput;
import dev.chatcontracts.harness.client.zendeskchat.model.ChatVisitorInput;
import dev.chatcontracts.harness.client.zendeskchat.model.OfflineMessage;
import dev.chatcontracts.harness.client.zendeskchat.model.OfflineMessageCreate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Chats: the next_url walks of list and search, show, ids, and with writes create, update, delete, bulk delete. */
final class ChatChecks {

    /** More pages than an account can have (250 search pages), so a walk that goes on is caught. */
    private static final int MAX_ITEMS = 250 * 40 + 40;

    private ChatChecks() {
    }

    static void run(SuiteContext context) {
        ChatsApi chats = new ChatsApi(context.zendesk());
        List<String> ids = new java.util.ArrayList<>();
        context.step("list every chat over next_url", "listChats", () -> ids.addAll(walk(context, "listChats",
                NextUrlPages.allChats(context.zendesk()).map(ChatChecks::id))));
        context.step("search chats over next_url", "searchChats", () -> walk(context, "searchChats",
                NextUrlPages.search(context.zendesk(), "chat_type:chat").map(r -> r.getId())));
        if (!ids.isEmpty()) {
            context.step("show a chat", "showChat", () -> chats.showChat(ids.get(0)));
            context.step("list chats by ids", "listChats", () -> chats.listChats(String.join(",", ids.subList(0, Math.min(3, ids.size())))));
        }
        if (context.writes()) {
            roundTrip(context, chats);
        } else {
            context.notRun("create, show, update, show and delete an offline message", "createChat", SuiteContext.READ_ONLY);
            context.notRun("update a chat's writable fields", "updateChat", SuiteContext.READ_ONLY);
            context.notRun("bulk delete chats", "bulkDeleteChats", SuiteContext.READ_ONLY);
        }
    }

    /** Every item once, and the walk ends on a null next_url. */
    private static List<String> walk(SuiteContext context, String operationId, java.util.stream.Stream<String> items) {
        Set<String> seen = new HashSet<>();
        List<String> all = items.limit(MAX_ITEMS + 1L).toList();
        if (all.size() > MAX_ITEMS) {
            context.fail("suite.pagination.notTerminated", operationId, "/next_url", "null on the last page", "still a URL after "
                    + MAX_ITEMS + " items", "the next_url walk did not end");
        }
        all.stream().filter(id -> !seen.add(id)).distinct().forEach(id -> context.fail("suite.pagination.duplicate", operationId, null,
                "once", "again", id + " was seen on two pages"));
        return all;
    }

    private static void roundTrip(SuiteContext context, ChatsApi chats) {
        context.step("create, show, update, show and delete an offline message", "createChat", () -> {
            OfflineMessage created = chats.createChat(offlineMessage("Contract run " + System.nanoTime()));
            context.cleanup(() -> chats.deleteChat(created.getId()));
            chats.showChat(created.getId());
            chats.updateChat(created.getId(), new Chat().unread(false).tags(List.of("contract-run")));
            chats.showChat(created.getId());
        });
        context.step("update a chat's writable fields", "updateChat", () -> {
            String id = NextUrlPages.allChats(context.zendesk()).filter(c -> c.getActualInstance() instanceof Chat)
                    .map(ChatChecks::id).findFirst().orElse(null);
            if (id != null) {
                Chat before = chats.showChat(id).getChat();
                chats.updateChat(id, new Chat().comment(before.getComment()).tags(before.getTags()));
                chats.showChat(id);
            }
        });
        context.step("bulk delete chats", "bulkDeleteChats", () -> {
            OfflineMessage doomed = chats.createChat(offlineMessage("Contract run, to be bulk deleted"));
            chats.bulkDeleteChats(doomed.getId() + ",not-a-chat-id");
        });
    }

    private static OfflineMessageCreate offlineMessage(String text) {
        return new OfflineMessageCreate().visitor(new ChatVisitorInput().id("1.contract-run").name("Contract run").email("run@example.com"))
                .message(text).type(OfflineMessageCreate.TypeEnum.OFFLINE_MSG).timestamp(System.currentTimeMillis() / 1000)
                .session(new ChatSessionInput().browser("Java").platform("JVM").id("contract-run"));
    }

    static String id(ChatOrOfflineMessage chat) {
        return chat.getActualInstance() instanceof OfflineMessage offline ? offline.getId() : chat.getChat().getId();
    }
}
