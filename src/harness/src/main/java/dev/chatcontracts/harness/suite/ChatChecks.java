package dev.chatcontracts.harness.suite;

import dev.chatcontracts.contracts.findings.FindingKeys;
import dev.chatcontracts.contracts.findings.FindingMessage;
import dev.chatcontracts.harness.client.zendeskchat.NextUrlPages;
import dev.chatcontracts.harness.client.zendeskchat.api.ChatsApi;
import dev.chatcontracts.harness.client.zendeskchat.model.BulkDeleteResult;
import dev.chatcontracts.harness.client.zendeskchat.model.Chat;
import dev.chatcontracts.harness.client.zendeskchat.model.ChatOrOfflineMessage;
import dev.chatcontracts.harness.client.zendeskchat.model.ChatSearchResult;
import dev.chatcontracts.harness.client.zendeskchat.model.ChatSessionInput;
import dev.chatcontracts.harness.client.zendeskchat.model.ChatVisitorInput;
import dev.chatcontracts.harness.client.zendeskchat.model.OfflineMessage;
import dev.chatcontracts.harness.client.zendeskchat.model.OfflineMessageCreate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chats: the {@code next_url} walks of list and search, search by {@code page}, show, ids; with writes an
 * offline message created, updated and deleted, a chat's rating, tags and {@code visitor.name} changed, read
 * back and put back, and a bulk delete of a chat the run created.
 */
final class ChatChecks {

    /** More pages than an account can have (250 search pages), so a walk that goes on is caught. */
    private static final int MAX_ITEMS = 250 * 40 + 40;
    private static final String QUERY = "chat_type:chat";

    private ChatChecks() {
    }

    static void run(SuiteContext context) {
        ChatsApi chats = new ChatsApi(context.zendesk());
        List<String> ids = new ArrayList<>();
        List<String> found = new ArrayList<>();
        context.step("list every chat over next_url", "listChats", () -> ids.addAll(walk(context, "listChats",
                NextUrlPages.allChats(context.zendesk()).map(ChatChecks::id))));
        context.step("search chats over next_url", "searchChats", () -> found.addAll(walk(context, "searchChats",
                NextUrlPages.search(context.zendesk(), QUERY).map(ChatSearchResult::getId))));
        context.step("search chats page by page", "searchChats", () -> pages(context, chats, found));
        if (!ids.isEmpty()) {
            context.step("show a chat", "showChat", () -> chats.showChat(ids.get(0)));
            context.step("list chats by ids", "listChats", () -> chats.listChats(String.join(",", ids.subList(0, Math.min(3, ids.size())))));
        }
        if (!context.writes()) {
            for (String step : List.of("create, update and delete an offline message", "change a chat's rating, tags and visitor.name",
                    "bulk delete a chat")) {
                context.notRun(step, step.startsWith("bulk") ? "bulkDeleteChats" : step.startsWith("create") ? "createChat" : "updateChat",
                        SuiteContext.READ_ONLY);
            }
            return;
        }
        context.step("create, update and delete an offline message", "createChat", () -> offlineMessage(context, chats));
        context.step("change a chat's rating, tags and visitor.name", "updateChat", () -> changeAChat(context, chats));
        context.step("bulk delete a chat", "bulkDeleteChats", () -> {
            OfflineMessage doomed = created(context, chats, "Contract run, to be bulk deleted");
            BulkDeleteResult result = chats.bulkDeleteChats(doomed.getId() + ",not-a-chat-id");
            Checks.readBack(context, "bulkDeleteChats", "/number_success", 1, result.getNumberSuccess());
        });
    }

    /** Every item once, and the walk ends on a null next_url. */
    private static List<String> walk(SuiteContext context, String operationId, java.util.stream.Stream<String> items) {
        Set<String> seen = new HashSet<>();
        List<String> all = items.limit(MAX_ITEMS + 1L).toList();
        if (all.size() > MAX_ITEMS) {
            context.fail(FindingKeys.SUITE_PAGINATION_NOT_TERMINATED, operationId, "/next_url", "null on the last page", "still a URL after "
                    + MAX_ITEMS + " items", "walk", "next_url");
        }
        all.stream().filter(id -> !seen.add(id)).distinct().forEach(id -> context.fail(FindingKeys.SUITE_PAGINATION_DUPLICATE, operationId, null,
                "once", "again", FindingMessage.variant(FindingKeys.SUITE_PAGINATION_DUPLICATE, "pages", "id", id)));
        return all;
    }

    /** Pages 1 and 2 of the search hold the results the next_url walk found, in the same order. */
    private static void pages(SuiteContext context, ChatsApi chats, List<String> walked) throws Exception {
        List<String> first = ids(chats.searchChats(QUERY, 1).getResults());
        int size = first.size();
        Checks.readBack(context, "searchChats", "/results", walked.subList(0, Math.min(size, walked.size())), first);
        List<String> second = ids(chats.searchChats(QUERY, 2).getResults());
        Checks.readBack(context, "searchChats", "/results", walked.subList(Math.min(size, walked.size()), Math.min(2 * size, walked.size())),
                second);
    }

    private static List<String> ids(List<ChatSearchResult> results) {
        return results == null ? List.of() : results.stream().map(ChatSearchResult::getId).toList();
    }

    private static void offlineMessage(SuiteContext context, ChatsApi chats) throws Exception {
        OfflineMessage created = created(context, chats, "Contract run " + System.nanoTime());
        chats.showChat(created.getId());
        chats.updateChat(created.getId(), new Chat().unread(false).tags(List.of("contract-run")));
        OfflineMessage after = chats.showChat(created.getId()).getOfflineMessage();
        Checks.readBack(context, "updateChat", "/unread", false, after.getUnread());
    }

    /** A chat of the account (not an offline message): rating, tags and the dotted key visitor.name changed, read back, put back. */
    private static void changeAChat(SuiteContext context, ChatsApi chats) throws Exception {
        String id = NextUrlPages.allChats(context.zendesk()).filter(c -> c.getActualInstance() instanceof Chat)
                .map(ChatChecks::id).findFirst().orElse(null);
        if (id == null) {
            context.notRun("change a chat's rating, tags and visitor.name", "updateChat", "the account has no chat");
            return;
        }
        String path = "/chats/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
        var before = Restores.snapshot(context, path, Restores.Field.same("rating"), Restores.Field.same("tags"),
                new Restores.Field("visitor.name", "/visitor/name"));
        Chat.RatingEnum rating = "good".equals(before.path("rating").asText()) ? Chat.RatingEnum.BAD : Chat.RatingEnum.GOOD;
        List<String> tags = new ArrayList<>();
        before.path("tags").forEach(tag -> tags.add(tag.asText()));
        tags.add("contract-run");
        String visitorName = "Contract run " + Long.toHexString(System.nanoTime() & 0xffff);
        chats.updateChat(id, new Chat().rating(rating).tags(tags).visitorName(visitorName));
        Chat after = chats.showChat(id).getChat();
        Checks.readBack(context, "updateChat", "/rating", rating, after.getRating());
        Checks.readBack(context, "updateChat", "/tags", tags, after.getTags());
        Checks.readBack(context, "updateChat", "/visitor/name", visitorName, after.getVisitor() == null ? null : after.getVisitor().getName());
    }

    private static OfflineMessage created(SuiteContext context, ChatsApi chats, String text) throws Exception {
        OfflineMessage created = chats.createChat(new OfflineMessageCreate()
                .visitor(new ChatVisitorInput().id("1.contract-run").name("Contract run").email("run@example.com"))
                .message(text).type(OfflineMessageCreate.TypeEnum.OFFLINE_MSG).timestamp(System.currentTimeMillis() / 1000)
                .session(new ChatSessionInput().browser("Java").platform("JVM").id("contract-run")));
        String path = "/chats/" + java.net.URLEncoder.encode(created.getId(), java.nio.charset.StandardCharsets.UTF_8);
        context.undo("POST /chats (offline message " + created.getId() + ")", "DELETE " + path, "delete chat " + created.getId(),
                () -> Restores.deleteUnlessGone(context.raw(), path));
        return created;
    }

    static String id(ChatOrOfflineMessage chat) {
        return chat.getActualInstance() instanceof OfflineMessage offline ? offline.getId() : chat.getChat().getId();
    }
}
