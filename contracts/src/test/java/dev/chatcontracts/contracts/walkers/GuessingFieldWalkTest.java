package dev.chatcontracts.contracts.walkers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.contracts.contract.ApiContract;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A guessing {@link FieldWalk} ({@link StreamingFieldWalker#start(JsonNode, boolean)}): an object under oneOf/anyOf
 * whose plan chose the same candidate twice in a row is walked as that candidate; when it chooses otherwise the walk
 * throws {@link GuessMissed}. Where the guesses hold, the results are the tree walker's ({@link WalkEquivalence}, which
 * every case of {@link StreamingFieldWalkerTest} also walks guessing).
 */
class GuessingFieldWalkTest {

    private static final JsonNode ZENDESK_DOCUMENT = StreamingFieldWalkerTest.document("zendesk-chat");
    private static final JsonNode LIST_CHATS = StreamingFieldWalkerTest.listChatsSchema(ApiContract.bundled("zendesk-chat"));

    @Test
    void aChatOrOfflineMessageIsWalkedAsTheLastTwoChoseAndAGuessThatMissesAsksForAnotherWalk() throws IOException {
        JsonNode document = ZENDESK_DOCUMENT;
        assertThat(new WalkPlanner(document).rootWalk(document.at("/components/schemas/ChatOrOfflineMessage")).objectPlan().guessable)
                .as("a chat or an offline message is walked with a guess").isTrue();
        StreamingFieldWalker fresh = new StreamingFieldWalker(document);
        String chat = "{\"history\":[{\"msg\":\"hi\",\"zz\":1}],\"message\":\"m\",\"visitor\":{\"name\":\"v\",\"age\":3},\"type\":\"chat\"}";
        String offline = "{\"history\":[{\"msg\":\"x\",\"zz\":2}],\"message\":\"m\",\"visitor\":{\"name\":\"w\",\"age\":4},"
                + "\"twitter\":\"@x\",\"type\":\"offline_msg\"}";

        for (String chats : List.of(chat + "," + chat, offline + "," + chat + "," + offline, chat + "," + offline + "," + offline)) {
            WalkResult result = WalkEquivalence.assertSameAsTree(document, LIST_CHATS, "{\"chats\":[" + chats + "],\"count\":1}", fresh);
            assertThat(result.unknownPointers()).as(chats).allMatch(p -> p.startsWith("/chats/"));
        }
        WalkResult mixed = WalkEquivalence.assertSameAsTree(document, LIST_CHATS, "{\"chats\":[" + chat + "," + offline + "]}", fresh);
        assertThat(mixed.unknownPointers()).as("the chat's own unknowns, then the offline message's")
                .containsExactly("/chats/0/history/0/zz", "/chats/0/message", "/chats/0/visitor/age", "/chats/1/history",
                        "/chats/1/visitor/age", "/chats/1/twitter");

        String twoChats = "{\"chats\":[" + chat + "," + chat + "]}";
        String chatThenOffline = "{\"chats\":[" + chat + "," + chat + "," + offline + "]}";
        WalkEquivalence.assertSameAsTree(document, LIST_CHATS, twoChats, fresh);
        assertThat(WalkEquivalence.guessingWalk(fresh, LIST_CHATS, twoChats)).as("chats chose alike: guessed, and held").isPresent();
        assertThat(WalkEquivalence.guessingWalk(fresh, LIST_CHATS, chatThenOffline)).as("the offline message was guessed a chat").isEmpty();
        assertThat(WalkEquivalence.guessingWalk(fresh, LIST_CHATS, "{\"chats\":[" + offline + "," + offline + "]}"))
                .as("after a chat and an offline message: no guess for the first, then guessed and held").isPresent();
    }

    /**
     * A {@link FollowedFieldWalk} follows an object under oneOf/anyOf only as the candidate its plan's last two decisions
     * chose: with no such guess, or when the object chooses otherwise, it stops ({@link GuessMissed}) and the body is
     * walked again; where it goes to the end, it finds what the tree walker finds.
     */
    @Test
    void aFollowedWalkFollowsAChatOrOfflineMessageOnlyAsTheLastTwoChose() throws IOException {
        StreamingFieldWalker fresh = new StreamingFieldWalker(ZENDESK_DOCUMENT);
        String chat = "{\"history\":[{\"msg\":\"hi\",\"zz\":1}],\"visitor\":{\"name\":\"v\",\"age\":3},\"type\":\"chat\"}";
        String offline = "{\"message\":\"m\",\"twitter\":\"@x\",\"type\":\"offline_msg\"}";
        String twoChats = "{\"chats\":[" + chat + "," + chat + "]}";

        assertThat(WalkEquivalence.followedWalk(fresh, LIST_CHATS, twoChats)).as("no decision made yet: not followed").isEmpty();
        for (int i = 0; i < 2; i++) {
            WalkEquivalence.guessingWalk(fresh, LIST_CHATS, twoChats);
        }
        WalkResult followed = WalkEquivalence.followedWalk(fresh, LIST_CHATS, twoChats).orElseThrow();
        assertThat(followed.unknownPointers()).containsExactly("/chats/0/history/0/zz", "/chats/0/visitor/age",
                "/chats/1/history/0/zz", "/chats/1/visitor/age");
        assertThat(WalkEquivalence.followedWalk(fresh, LIST_CHATS, "{\"chats\":[" + chat + "," + offline + "]}"))
                .as("the offline message, followed as a chat, chose otherwise").isEmpty();
    }

    @Test
    void guessingWalksOfEveryBodyInAShuffledTurnHoldOrMissButNeverDiffer() throws IOException {
        Map<String, StreamingFieldWalker> fresh = new HashMap<>();
        long[] before = WalkEquivalence.GUESSES.clone();
        long[] followedBefore = WalkEquivalence.FOLLOWED.clone();
        List<StreamingFieldWalkerTest.Case> cases = new ArrayList<>(
                Stream.concat(StreamingFieldWalkerTest.documentedBodies(), StreamingFieldWalkerTest.syntheticBodies()).toList());
        Collections.shuffle(cases, new Random(20_261_203L));
        for (StreamingFieldWalkerTest.Case c : cases) {
            JsonNode document = StreamingFieldWalkerTest.document(c.document());
            StreamingFieldWalker walker = fresh.computeIfAbsent(c.document(), name -> new StreamingFieldWalker(document));
            WalkEquivalence.assertSameAsTree(document, c.schema(), c.body(), walker);
        }
        assertThat(WalkEquivalence.GUESSES[0] - before[0]).as("guessing walks that guessed and held").isGreaterThan(50);
        assertThat(WalkEquivalence.GUESSES[1] - before[1]).as("guessing walks that missed").isGreaterThan(0);
        assertThat(WalkEquivalence.FOLLOWED[0] - followedBefore[0]).as("followed walks that went to the end").isGreaterThan(50);
        assertThat(WalkEquivalence.FOLLOWED[1] - followedBefore[1]).as("followed walks that stopped").isGreaterThan(0);
    }
}
