package dev.chatcontracts.pact.verify;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises, among interactions that failed, those whose documented example no provider can
 * produce, so that they are reported as {@code pact.verification.exampleOnly} (a WARNING with the
 * reason) instead of a provider failure:
 * <ul>
 *   <li>the expected body has a placeholder key the documentation wrote for elided content
 *       ({@code "<other chat 100 properties>"});</li>
 *   <li>the expected body's {@code type} discriminator differs from the one other interactions of the
 *       same pact expect under the very same provider states (the docs' offline-message example uses
 *       the id of their chat example: {@code chat 123 exists} cannot be both).</li>
 * </ul>
 */
final class ExampleOnlyCheck {

    private static final Pattern PLACEHOLDER = Pattern.compile("^<.+>$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExampleOnlyCheck() {
    }

    /** Why the interaction's example cannot be produced, if it cannot. */
    static Optional<String> reason(Interaction interaction, List<Interaction> pactInteractions) {
        JsonNode body = expectedBody(interaction);
        Optional<String> placeholder = placeholderKey(body);
        if (placeholder.isPresent()) {
            return Optional.of("the documented example has the placeholder key '" + placeholder.get()
                    + "' (elided content), which no provider answer can have");
        }
        String type = body.path("type").asText(null);
        if (type == null || interaction.getProviderStates().isEmpty()) {
            return Optional.empty();
        }
        List<String> states = names(interaction.getProviderStates());
        for (Interaction other : pactInteractions) {
            String otherType = expectedBody(other).path("type").asText(null);
            if (other != interaction && otherType != null && !otherType.equals(type) && names(other.getProviderStates()).equals(states)) {
                return Optional.of("the documented example is a '" + type + "', but '" + other.getDescription()
                        + "' expects a '" + otherType + "' under the same provider states " + states
                        + ": one resource cannot be both (the examples share an id)");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> placeholderKey(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (PLACEHOLDER.matcher(name).matches()) {
                    return Optional.of(name);
                }
                Optional<String> below = placeholderKey(node.get(name));
                if (below.isPresent()) {
                    return below;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<String> below = placeholderKey(item);
                if (below.isPresent()) {
                    return below;
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> names(List<ProviderState> states) {
        return states.stream().map(ProviderState::getName).toList();
    }

    private static JsonNode expectedBody(Interaction interaction) {
        SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
        if (http == null || !http.getResponse().getBody().isPresent()) {
            return JSON.missingNode();
        }
        try {
            JsonNode body = JSON.readTree(http.getResponse().getBody().valueAsString());
            return body == null ? JSON.missingNode() : body;
        } catch (java.io.IOException e) {
            return JSON.missingNode();
        }
    }
}
