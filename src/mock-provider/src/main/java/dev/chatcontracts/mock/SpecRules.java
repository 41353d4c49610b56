package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field rules of every request body the mock takes, read from the bundled specs once per JVM (the
 * first {@link MockProvider} pays for it, later ones reuse the rules):
 *
 * <ul>
 *   <li>the operation's request schema gives the fields, their rules, {@code readOnly}, {@code writeOnly} and
 *       {@code required};</li>
 *   <li>a field the operation's success response has but its request schema does not list (e.g. an offline
 *       message's {@code id} on Create Chat) is assigned by the API: read-only rather than unknown;</li>
 *   <li>Update Chat on an offline message takes the writable fields of the response's {@code offline_msg}
 *       schema plus the request schema's write-only keys ({@code visitor.name}, D10).</li>
 * </ul>
 */
final class SpecRules {

    private static volatile Rules rules;

    private SpecRules() {
    }

    /** The rules of an operation's request body. */
    static FieldRules request(Operation operation) {
        FieldRules found = all().requests().get(operation);
        if (found == null) {
            throw new IllegalArgumentException(operation.id() + " takes no request body");
        }
        return found;
    }

    /** The rules of Update Chat when the chat is an offline message. */
    static FieldRules offlineMessageUpdate() {
        return all().offlineMessageUpdate();
    }

    /** Every rule, read on first use and then kept: the parse of the specs happens once per JVM. */
    static Rules all() {
        Rules loaded = rules;
        if (loaded == null) {
            synchronized (SpecRules.class) {
                loaded = rules;
                if (loaded == null) {
                    loaded = read();
                    rules = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * The rules of every request body.
     *
     * @param requests             by operation, for every operation whose spec has a JSON request body
     * @param offlineMessageUpdate Update Chat's rules for an offline message
     */
    record Rules(Map<Operation, FieldRules> requests, FieldRules offlineMessageUpdate) {
    }

    private static Rules read() {
        Map<Operation, FieldRules> requests = new EnumMap<>(Operation.class);
        for (Operation operation : Operation.values()) {
            SpecDocument spec = SpecDocument.of(operation);
            spec.requestSchema(operation.id()).ifPresent(schema -> requests.put(operation, compile(spec, operation, schema)));
        }
        return new Rules(Map.copyOf(requests), offlineMessageRules(requests.get(Operation.UPDATE_CHAT)));
    }

    private static FieldRules compile(SpecDocument spec, Operation operation, JsonNode schema) {
        SchemaCompiler compiler = new SchemaCompiler(spec);
        FieldRules rules = compiler.objectRules(entity(operation), schema);
        Set<String> answered = new LinkedHashSet<>(spec.successMedia(operation.id())
                .map(media -> compiler.propertyNames(media.path("schema"))).orElse(Set.of()));
        rules.fields().forEach(field -> answered.remove(field.name()));
        return rules.withReadOnly(answered);
    }

    private static FieldRules offlineMessageRules(FieldRules chatUpdate) {
        if (chatUpdate == null) {
            throw new IllegalStateException("The spec has no request body for " + Operation.UPDATE_CHAT.id());
        }
        SpecDocument spec = SpecDocument.of(Operation.UPDATE_CHAT);
        SchemaCompiler compiler = new SchemaCompiler(spec);
        JsonNode response = spec.successMedia(Operation.UPDATE_CHAT.id())
                .orElseThrow(() -> new IllegalStateException("The spec has no answer for " + Operation.UPDATE_CHAT.id()))
                .path("schema");
        FieldRules offlineMessage = compiler.objectRules("Offline message",
                compiler.discriminated(response, ChatDocument.OFFLINE_MESSAGE));
        List<FieldRules.Field> fields = new ArrayList<>(offlineMessage.fields());
        chatUpdate.fields().stream().filter(FieldRules.Field::writeOnly)
                .filter(field -> offlineMessage.field(field.name()).isEmpty())
                .forEach(fields::add);
        return new FieldRules(offlineMessage.entity(), fields, List.of(), offlineMessage.keepsUnknown());
    }

    /** How error messages name the body of an operation. */
    private static String entity(Operation operation) {
        return switch (operation) {
            case CREATE_AGENT, UPDATE_AGENT, UPDATE_REQUESTING_AGENT -> "Agent";
            case CREATE_CHAT -> "Offline message";
            case UPDATE_CHAT -> "Chat";
            case CREATE_VISITOR, UPDATE_VISITOR -> "Visitor";
            case UPDATE_ACCOUNT -> "Account";
            case UPDATE_CONVERSATION_VISITOR -> "SalesIQ visitor";
            default -> operation.id();
        };
    }
}
