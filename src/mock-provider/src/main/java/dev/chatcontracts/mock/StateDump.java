package dev.chatcontracts.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The whole state of a mock as canonical JSON, for tests that compare a mock before and after a run:
 * {@code account}, {@code agents} (never their passwords) by id, {@code chats} (chats and offline messages)
 * by id, {@code salesiq_conversations} by screen name and id, and {@code visitors} by id: what the API
 * lists or shows. The ids of deleted chats, which only bulk delete's {@code already_deleted} reveals to
 * whoever knows them, are left out. Object keys are sorted at every level and lines end with {@code \n},
 * so equal states give equal text.
 */
final class StateDump {

    private static final ObjectWriter PRETTY = Json.MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private StateDump() {
    }

    static String of(MockState state) {
        ObjectNode dump = Json.object();
        dump.set("account", Json.toObject(state.account()));
        ArrayNode agents = dump.putArray("agents");
        state.agents().all().forEach(agent -> agents.add(Json.toObject(agent)));
        ArrayNode chats = dump.putArray("chats");
        sorted(state.chats().all(), Comparator.comparing(ChatDocument::id)).forEach(chat -> chats.add(chat.json()));
        ArrayNode conversations = dump.putArray("salesiq_conversations");
        sorted(state.conversations().all(), Comparator.comparing(Conversation::key))
                .forEach(conversation -> conversations.add(Json.toObject(conversation)));
        ArrayNode visitors = dump.putArray("visitors");
        sorted(state.visitors().all(), Comparator.comparing(Visitor::id))
                .forEach(visitor -> visitors.add(Json.toObject(visitor)));
        try {
            return PRETTY.writeValueAsString(withSortedKeys(dump));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> sorted(Iterable<T> values, Comparator<T> order) {
        List<T> list = new ArrayList<>();
        values.forEach(list::add);
        list.sort(order);
        return list;
    }

    /** A copy of the tree whose objects have their keys in sorted order. */
    private static JsonNode withSortedKeys(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = Json.object();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(Comparator.naturalOrder());
            names.forEach(name -> sorted.set(name, withSortedKeys(node.get(name))));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode sorted = Json.array();
            node.forEach(element -> sorted.add(withSortedKeys(element)));
            return sorted;
        }
        return node;
    }
}
