package dev.chatcontracts.contracts.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.TestExchanges;
import dev.chatcontracts.contracts.streaming.Mutation.Kind;
import dev.chatcontracts.contracts.streaming.SpecSubjects.Subject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link StreamingValidator#validateGuessing}: an {@code if} whose condition decided alike the last two times
 * evaluates only the branch it took; the violations are those of the walk that does not guess when the guess holds,
 * and a guess that misses asks for another walk. The schemas are compiled anew per test (the guesses are kept by
 * the compiled schema).
 */
class GuessedBranchesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory TOKENS = new JsonFactory();
    private static final Subject SHOW_CHAT = subject("showChat 200");
    private static final Subject LIST_CHATS = subject("zendesk-chat listChats 200 listChats");

    private final StreamingValidator showChat = new StreamingValidator(StreamingSchema.compile(SHOW_CHAT.schema()));

    @Test
    void noGuessBeforeAConditionDecidedAlikeTwice() throws IOException {
        JsonNode chat = chat();

        assertThat(guessing(showChat, chat)).as("no history: both branches, nothing to miss").isPresent();
        showChat.validate(offlineMessage());
        assertThat(guessing(showChat, chat)).as("decided once each way: still no guess").isPresent();
        assertThat(guessing(showChat, offlineMessage())).as("chat, then offline message: no guess").isPresent();
    }

    @Test
    void aGuessThatHoldsGivesTheViolationsOfTheWalkThatDoesNotGuess() throws IOException {
        showChat.validate(chat());
        showChat.validate(chat());
        ObjectNode broken = chat();
        broken.put("unread", 0);
        broken.put("message", 5);
        broken.remove("id");

        Optional<List<StreamingViolation>> guessed = guessing(showChat, broken);

        assertThat(guessed).isPresent();
        assertThat(guessed.get()).isNotEmpty().isEqualTo(showChat.validate(broken));
        assertThat(guessed.get()).extracting(StreamingViolation::instancePointer).contains("/unread");
    }

    @Test
    void aGuessThatMissesAsksForAnotherWalkAndTheNextGuessesFollowTheNewChoice() throws IOException {
        showChat.validate(chat());
        showChat.validate(chat());
        ObjectNode offline = offlineMessage();
        offline.put("message", 5);

        assertThat(guessing(showChat, offline)).as("guessed a chat").isEmpty();
        List<StreamingViolation> expected = showChat.validate(offline);
        assertThat(expected).extracting(StreamingViolation::instancePointer).containsExactly("/message");
        assertThat(guessing(showChat, offline)).as("offline messages twice now").contains(expected);
        assertThat(guessing(showChat, chat())).as("guessed an offline message").isEmpty();
    }

    @Test
    void anObjectWithoutTheDiscriminatorMissesEveryGuess() throws IOException {
        showChat.validate(offlineMessage());
        showChat.validate(offlineMessage());
        ObjectNode neither = offlineMessage();
        neither.remove("type");

        assertThat(guessing(showChat, neither)).isEmpty();
        assertThat(showChat.validate(neither)).isNotEmpty();
    }

    @Test
    void inAListTheItemsDecideOneAfterAnotherAndOneOtherItemMissesAtItsPlace() throws IOException {
        StreamingValidator listChats = new StreamingValidator(StreamingSchema.compile(LIST_CHATS.schema()));
        ObjectNode allChats = chatList(List.of(chat(), chat(), chat()));
        ObjectNode oneOffline = chatList(List.of(chat(), chat(), offlineMessage(), chat()));

        assertThat(guessing(listChats, allChats)).as("the first items teach the later ones").contains(listChats.validate(allChats));
        assertThat(guessing(listChats, allChats)).contains(List.of());
        assertThat(guessing(listChats, oneOffline)).isEmpty();
        assertThat(listChats.validate(oneOffline)).isEmpty();
    }

    @Test
    void seededSequencesOfChatsAndOfflineMessagesGetTheSameViolationsWhereverTheGuessesHold() throws IOException {
        List<Subject> chats = SpecSubjects.INSTANCE.documents.stream().filter(s -> s.name().contains("showChat 200")
                || s.name().endsWith("listChats") || s.name().startsWith("generated")).toList();
        List<Kind> kinds = List.of(Kind.FLIP_DISCRIMINATOR, Kind.DROP_FIELD, Kind.WRONG_ENUM, Kind.SET_NULL, Kind.NUMBER);
        List<String> failures = new ArrayList<>();
        int[] held = {0, 0};
        StreamingValidator[] validators = new StreamingValidator[chats.size()];
        for (long seed : SeededCases.seeds("guessedBranches", 400).toArray()) {
            Random random = new Random(seed);
            int which = random.nextInt(chats.size());
            Subject subject = chats.get(which);
            if (validators[which] == null) {
                validators[which] = new StreamingValidator(StreamingSchema.compile(subject.schema()));
            }
            List<Mutation> mutations = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                mutations.add(new Mutation(kinds.get(random.nextInt(kinds.size())), random.nextDouble(), random.nextLong()));
            }
            JsonNode document = Mutation.applyAll(subject.value(), mutations, SpecSubjects.INSTANCE.names);
            Optional<List<StreamingViolation>> guessed = guessing(validators[which], document);
            List<StreamingViolation> expected = validators[which].validate(document);
            held[guessed.isPresent() ? 0 : 1]++;
            if (guessed.isPresent() && !guessed.get().equals(expected)) {
                failures.add("seed " + seed + " " + subject.name() + " " + mutations + ": guessing " + guessed.get() + ", not " + expected);
            }
        }
        assertThat(failures).as("cases where guessing changed the violations").isEmpty();
        assertThat(held[0]).as("guesses that held or were not made").isGreaterThan(100);
        assertThat(held[1]).as("guesses that missed").isGreaterThan(10);
    }

    private static Optional<List<StreamingViolation>> guessing(StreamingValidator validator, JsonNode document) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(document);
        try (JsonParser parser = TOKENS.createParser(bytes)) {
            return validator.validateGuessing(parser, bytes.length);
        }
    }

    private static ObjectNode chat() throws IOException {
        return (ObjectNode) JSON.readTree(TestExchanges.resource("chat-valid.json"));
    }

    private static ObjectNode offlineMessage() throws IOException {
        return (ObjectNode) JSON.readTree(TestExchanges.resource("offline-message-valid.json"));
    }

    private static ObjectNode chatList(List<ObjectNode> items) {
        ObjectNode list = JSON.createObjectNode();
        ArrayNode chats = list.putArray("chats");
        items.forEach(chats::add);
        list.put("count", items.size());
        return list;
    }

    private static Subject subject(String name) {
        return SpecSubjects.INSTANCE.documents.stream().filter(s -> s.name().contains(name)).findFirst().orElseThrow();
    }
}
