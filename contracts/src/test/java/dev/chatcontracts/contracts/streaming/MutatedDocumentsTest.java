package dev.chatcontracts.contracts.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.contracts.streaming.Mutation.Kind;
import dev.chatcontracts.contracts.streaming.SpecSubjects.Subject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: documents shaped like the specs' (the documented examples, chat lists of generated chats)
 * with random mutations get networknt's leaf failures from the streaming validator: in their own view,
 * in the other view (where read-only or write-only properties become {@code false}), and against a
 * random component of the same spec.
 */
class MutatedDocumentsTest {

    private static final SpecSubjects SUBJECTS = SpecSubjects.INSTANCE;
    private static final List<Kind> CHAT_LIST_KINDS = List.of(Kind.FLIP_DISCRIMINATOR, Kind.FLIP_DISCRIMINATOR,
            Kind.DROP_FIELD, Kind.BAD_DATE_TIME, Kind.WRONG_ENUM, Kind.SET_NULL, Kind.NEST_DEEPER, Kind.URL, Kind.NUMBER);

    @Test
    void mutatedDocumentsGetNetworkntsVerdicts() {
        List<String> failures = new ArrayList<>();
        SeededCases.seeds("mutatedDocuments", 1500).forEach(seed -> {
            Random random = new Random(seed);
            Subject subject = SUBJECTS.documents.get(random.nextInt(SUBJECTS.documents.size()));
            List<Mutation> mutations = new ArrayList<>();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                mutations.add(Mutation.random(random));
            }
            JsonNode schema = switch (random.nextInt(5)) {
                case 0 -> subject.otherViewSchema();
                case 1 -> SUBJECTS.components.get(random.nextInt(SUBJECTS.components.size())).schema();
                default -> subject.schema();
            };
            check(seed, subject, schema, mutations).ifPresent(failures::add);
        });
        assertThat(failures).as("cases where the validators disagree").isEmpty();
    }

    @Test
    void chatListsWithFlippedAndBrokenChatsGetNetworkntsVerdicts() {
        List<Subject> chatLists = SUBJECTS.documents.stream().filter(s -> s.name().startsWith("generated")
                || s.name().endsWith("listChats") || s.name().contains("showChat") || s.name().contains("searchChats")).toList();
        List<String> failures = new ArrayList<>();
        long[] guessesBefore = Agreement.GUESSES.clone();
        long[] certifiedBefore = Agreement.CERTIFIED.clone();
        SeededCases.seeds("chatLists", 600).forEach(seed -> {
            Random random = new Random(seed);
            Subject subject = chatLists.get(random.nextInt(chatLists.size()));
            List<Mutation> mutations = new ArrayList<>();
            for (int i = 1 + random.nextInt(6); i > 0; i--) {
                Kind kind = CHAT_LIST_KINDS.get(random.nextInt(CHAT_LIST_KINDS.size()));
                mutations.add(new Mutation(kind, random.nextDouble(), random.nextLong()));
            }
            check(seed, subject, random.nextInt(4) == 0 ? subject.otherViewSchema() : subject.schema(), mutations).ifPresent(failures::add);
        });
        assertThat(failures).as("cases where the validators disagree").isEmpty();
        assertThat(Agreement.GUESSES[0] - guessesBefore[0]).as("guessing walks compared").isGreaterThan(100);
        assertThat(Agreement.GUESSES[1] - guessesBefore[1]).as("guessing walks that missed").isGreaterThan(10);
        assertThat(Agreement.CERTIFIED[0] - certifiedBefore[0]).as("documents certified as passing").isGreaterThan(50);
        assertThat(Agreement.CERTIFIED[1] - certifiedBefore[1]).as("documents the certifier could not tell").isGreaterThan(100);
    }

    @Test
    void keyOrderDoesNotChangeTheVerdicts() {
        List<String> failures = new ArrayList<>();
        SeededCases.seeds("keyOrder", 800).forEach(seed -> {
            Random random = new Random(seed);
            Subject subject = SUBJECTS.documents.get(random.nextInt(SUBJECTS.documents.size()));
            List<Mutation> mutations = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                mutations.add(Mutation.random(random));
            }
            JsonNode document = shuffledKeys(Mutation.applyAll(subject.value(), mutations, SUBJECTS.names), random);
            JsonNode schema = random.nextInt(3) == 0 ? subject.otherViewSchema() : subject.schema();
            Agreement.disagreement(schema, document).ifPresent(d -> failures.add("seed " + seed + ", " + subject.name() + "\n" + d));
        });
        assertThat(failures).as("cases where the validators disagree").isEmpty();
    }

    @Test
    void theSubjectsCoverTheShapesOfTheBrief() {
        assertThat(SUBJECTS.documents).extracting(Subject::name).anyMatch(n -> n.endsWith("listChats 200 listChats"))
                .anyMatch(n -> n.endsWith("listAgents 200 listAgents")).anyMatch(n -> n.contains("showAccount 200"))
                .anyMatch(n -> n.startsWith("generated chat list"));
        assertThat(SUBJECTS.components).extracting(Subject::name)
                .contains("zendesk-chat Chat", "zendesk-chat OfflineMessage", "zendesk-chat ChatList", "zendesk-chat Agent",
                        "zendesk-chat Account", "zendesk-chat ChatOrOfflineMessage");
    }

    /** The same document with the keys of every object in a random order. */
    private static JsonNode shuffledKeys(JsonNode node, Random random) {
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> array.add(shuffledKeys(element, random)));
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        Collections.shuffle(names, random);
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        names.forEach(name -> object.set(name, shuffledKeys(node.get(name), random)));
        return object;
    }

    private static Optional<String> check(long seed, Subject subject, JsonNode schema, List<Mutation> mutations) {
        JsonNode document = Mutation.applyAll(subject.value(), mutations, SUBJECTS.names);
        Optional<String> disagreement = Agreement.disagreement(schema, document);
        if (disagreement.isEmpty()) {
            return disagreement;
        }
        List<Mutation> minimal = Mutation.shrink(mutations,
                fewer -> Agreement.disagreement(schema, Mutation.applyAll(subject.value(), fewer, SUBJECTS.names)).isPresent());
        JsonNode minimalDocument = Mutation.applyAll(subject.value(), minimal, SUBJECTS.names);
        return Optional.of("seed " + seed + " (-Dstreaming.replay=" + seed + "), " + subject.name() + ", schema "
                + schema.path("title").asText("(operation)") + ", mutations " + minimal + "\n"
                + Agreement.disagreement(schema, minimalDocument).orElse("(no longer fails when shrunk)"));
    }
}
