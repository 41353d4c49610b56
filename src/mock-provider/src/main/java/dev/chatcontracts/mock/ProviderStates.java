package dev.chatcontracts.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Pact provider states the mock knows, in one table, and how a state change applies them.
 *
 * <p>A state name matches a pattern word for word (one space between words, case-sensitive); a
 * {@code {placeholder}} word takes any word as the value of the param of that name. Values come from the
 * name; params, when given, must agree with them. Every name of a change is matched and checked before the
 * first is applied. Setup answers the values the states made true; teardown, whatever the name, puts every
 * store back to the seed and clears a pending {@code the request has no valid credentials}, leaving faults
 * and rate-limit counters alone.
 */
final class ProviderStates {

    /** The state whose setup makes the next API request be answered as one without credentials. */
    static final String NO_CREDENTIALS = "the request has no valid credentials";

    /** Params that are agent ids: positive int64 in canonical decimal form. */
    private static final Set<String> AGENT_ID_PARAMS = Set.of("agent_id");
    private static final Pattern POSITIVE_INT64 = Pattern.compile("[1-9][0-9]{0,18}");

    /** What a state's setup does; answers the values it made true. */
    @FunctionalInterface
    interface Setup {
        ObjectNode apply(StateSetups setups, StateMatch match);
    }

    /**
     * A known state.
     *
     * @param pattern    the name, with a {@code {param}} word for each value
     * @param paramNames the params, in the order their placeholders appear in the pattern
     * @param setup      what setting the state up does
     */
    record StateDefinition(String pattern, List<String> paramNames, Setup setup) {

        StateDefinition {
            paramNames = List.copyOf(paramNames);
            List<String> placeholders = Arrays.stream(pattern.split(" ", -1)).filter(StateDefinition::isPlaceholder)
                    .map(word -> word.substring(1, word.length() - 1)).toList();
            if (!placeholders.equals(paramNames)) {
                throw new IllegalArgumentException("State '" + pattern + "' declares params " + paramNames
                        + " but its placeholders are " + placeholders);
            }
        }

        /** The values of the placeholders when the name fits the pattern word for word. */
        Optional<StateMatch> match(String name) {
            String[] expected = pattern.split(" ", -1);
            String[] actual = name.split(" ", -1);
            if (expected.length != actual.length) {
                return Optional.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < expected.length; i++) {
                if (isPlaceholder(expected[i])) {
                    if (actual[i].isEmpty()) {
                        return Optional.empty();
                    }
                    values.put(expected[i].substring(1, expected[i].length() - 1), actual[i]);
                } else if (!expected[i].equals(actual[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(new StateMatch(this, name, values));
        }

        private static boolean isPlaceholder(String word) {
            return word.length() > 2 && word.startsWith("{") && word.endsWith("}");
        }
    }

    /**
     * A state name matched to its definition.
     *
     * @param definition the state
     * @param name       the name as sent
     * @param values     the param values the name gives
     */
    record StateMatch(StateDefinition definition, String name, Map<String, String> values) {

        StateMatch {
            values = Map.copyOf(values);
        }

        String text(String param) {
            return values.get(param);
        }

        /** An agent id param, already checked to be a positive int64. */
        long agentId(String param) {
            return Long.parseLong(values.get(param));
        }
    }

    /** Every known state, in the order the 400 for an unknown state lists them. */
    static final List<StateDefinition> STATES = List.of(
            new StateDefinition("agent {agent_id} exists", List.of("agent_id"),
                    (setups, match) -> setups.putAgent(match.agentId("agent_id"))),
            new StateDefinition("agent {agent_id} does not exist", List.of("agent_id"),
                    (setups, match) -> setups.removeAgent(match.agentId("agent_id"))),
            new StateDefinition("agent with e-mail {email_id} exists", List.of("email_id"),
                    (setups, match) -> setups.ensureAgentWithEmail(match.text("email_id"))),
            new StateDefinition("agent with e-mail {email_id} does not exist", List.of("email_id"),
                    (setups, match) -> setups.removeAgentWithEmail(match.text("email_id"))),
            new StateDefinition("chat {chat_id} exists", List.of("chat_id"),
                    (setups, match) -> setups.putChat(match.text("chat_id"), StateSetups.TEMPLATE_CHAT_ID)),
            new StateDefinition("offline message {chat_id} exists", List.of("chat_id"),
                    (setups, match) -> setups.putChat(match.text("chat_id"), StateSetups.TEMPLATE_OFFLINE_MESSAGE_ID)),
            new StateDefinition("chat {chat_id} does not exist", List.of("chat_id"),
                    (setups, match) -> setups.removeChat(match.text("chat_id"))),
            new StateDefinition("visitor {visitor_id} exists", List.of("visitor_id"),
                    (setups, match) -> setups.putVisitor(match.text("visitor_id"))),
            new StateDefinition("visitor {visitor_id} does not exist", List.of("visitor_id"),
                    (setups, match) -> setups.removeVisitor(match.text("visitor_id"))),
            new StateDefinition("conversation {conversation_id} of {screen_name} exists",
                    List.of("conversation_id", "screen_name"),
                    (setups, match) -> setups.putConversation(match.text("conversation_id"), match.text("screen_name"))),
            new StateDefinition(NO_CREDENTIALS, List.of(), (setups, match) -> setups.ignoreNextCredentials()));

    /** A state name that no pattern fits: a 400 that lists the known states. */
    static final class UnknownStateException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnknownStateException(String name) {
            super("Unknown provider state '" + name + "'. Known states: " + String.join(", ", patterns()));
        }
    }

    private final StateSetups setups;

    ProviderStates(StateSetups setups) {
        this.setups = setups;
    }

    /** The pattern of every known state, in table order. */
    static List<String> patterns() {
        return STATES.stream().map(StateDefinition::pattern).toList();
    }

    /**
     * Applies a state change: teardown resets; setup applies every name (none for the empty state) and
     * answers the values they made true, merged into one object. Changes are applied one at a time.
     */
    synchronized ObjectNode change(StateChangeRequest request) {
        if (request.teardown()) {
            setups.teardown();
            return Json.object();
        }
        List<StateMatch> matches = new ArrayList<>();
        for (String name : request.names()) {
            matches.add(resolve(name, request.params()));
        }
        ObjectNode values = Json.object();
        for (StateMatch match : matches) {
            try {
                values.setAll(match.definition().setup().apply(setups, match));
            } catch (ApiException refused) {
                throw ApiException.badRequest("Provider state '" + match.name() + "': " + refused.description());
            }
        }
        return values;
    }

    /** The definition a name matches, with its values checked against their kinds and the params. */
    static StateMatch resolve(String name, ObjectNode params) {
        StateMatch match = STATES.stream().map(definition -> definition.match(name)).flatMap(Optional::stream)
                .findFirst().orElseThrow(() -> new UnknownStateException(name));
        for (Map.Entry<String, String> value : match.values().entrySet()) {
            String param = value.getKey();
            if (AGENT_ID_PARAMS.contains(param) && !isPositiveInt64(value.getValue())) {
                throw invalid(name, param + " must be a positive int64, got '" + value.getValue() + "'");
            }
            requireAgreement(name, param, value.getValue(), params.get(param));
        }
        return match;
    }

    private static boolean isPositiveInt64(String text) {
        if (!POSITIVE_INT64.matcher(text).matches()) {
            return false;
        }
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException aboveMaximum) {
            return false;
        }
    }

    /** A param that is given (not absent, not null) must say what the name says. */
    private static void requireAgreement(String name, String param, String fromName, JsonNode given) {
        if (given == null || given.isNull()) {
            return;
        }
        String text = given.isTextual() ? given.asText()
                : given.isIntegralNumber() ? given.bigIntegerValue().toString() : given.toString();
        if (!text.equals(fromName)) {
            throw invalid(name, "param " + param + " is " + given + " but the state name says " + fromName);
        }
    }

    private static ApiException invalid(String name, String problem) {
        return ApiException.badRequest("Provider state '" + name + "': " + problem);
    }
}
