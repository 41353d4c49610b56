package dev.chatcontracts.contracts.checks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.chatcontracts.contracts.exchange.Redactor;
import dev.chatcontracts.contracts.exchange.ValueText;
import dev.chatcontracts.contracts.walkers.PointerTokens;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values at a few JSON pointers of a streamed body, rendered for findings as {@link
 * FindingSink#render} renders tree nodes (compact JSON, cut at 120 characters), read in one pass that
 * skips every subtree holding none of them. Fields with secret names are masked as {@link
 * Redactor#redactTree} masks them, and a pointer inside one is {@code absent}.
 */
final class StreamedValues {

    private static final int MAX_LENGTH = 120;
    private static final JsonFactory WRITER = new JsonFactory();
    private static final String MASKED = "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(Redactor.MASK)) + "\"";

    private final Set<String> targets;
    private final Set<String> prefixes = new HashSet<>();
    private final Map<String, String> rendered = new HashMap<>();
    private final List<Rendering> open = new ArrayList<>();

    private StreamedValues(Collection<String> pointers) {
        this.targets = new HashSet<>(pointers);
        for (String pointer : targets) {
            for (int slash = pointer.indexOf('/'); slash >= 0; slash = pointer.indexOf('/', slash + 1)) {
                prefixes.add(pointer.substring(0, slash));
            }
        }
    }

    /**
     * Reads the value at the parser (advancing to its first token if there is none yet) and renders
     * the values at {@code pointers}; pointers the body does not have render as {@code absent}.
     */
    static Map<String, String> render(JsonParser parser, Collection<String> pointers) throws IOException {
        StreamedValues values = new StreamedValues(pointers);
        if (!pointers.isEmpty() && (parser.currentToken() != null || parser.nextToken() != null)) {
            values.visit(parser, "", false);
        }
        Map<String, String> result = new HashMap<>();
        for (String pointer : pointers) {
            result.put(pointer, values.rendered.getOrDefault(pointer, "absent"));
        }
        return result;
    }

    /** {@code secret}: a scalar here is masked (a secret-named field's value, or an item of its array). */
    private void visit(JsonParser parser, String pointer, boolean secret) throws IOException {
        boolean target = targets.contains(pointer);
        if (target) {
            open.add(new Rendering(pointer));
        }
        if (!target && !prefixes.contains(pointer) && allFull()) {
            parser.skipChildren();
            return;
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            each(g -> g.writeStartObject());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                each(g -> g.writeFieldName(name));
                JsonToken value = parser.nextToken();
                visit(parser, pointer + "/" + PointerTokens.escape(name),
                        Redactor.isSecretName(name) && value != JsonToken.START_OBJECT);
            }
            each(JsonGenerator::writeEndObject);
        } else if (token == JsonToken.START_ARRAY) {
            each(JsonGenerator::writeStartArray);
            for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
                visit(parser, pointer + "/" + index, secret && parser.currentToken() != JsonToken.START_OBJECT);
            }
            each(JsonGenerator::writeEndArray);
        } else if (secret && token != JsonToken.VALUE_NULL) {
            each(g -> g.writeRawValue(MASKED));
        } else {
            each(g -> g.copyCurrentEvent(parser));
        }
        if (target) {
            Rendering done = open.remove(open.size() - 1);
            rendered.put(done.pointer, done.finish());
        }
    }

    private boolean allFull() {
        return open.stream().allMatch(Rendering::full);
    }

    private interface Write {
        void to(JsonGenerator generator) throws IOException;
    }

    private void each(Write write) throws IOException {
        for (Rendering rendering : open) {
            if (!rendering.full()) {
                write.to(rendering.generator);
            }
        }
    }

    /** One value being rendered; stops taking tokens once longer than the cut. */
    private static final class Rendering {
        final String pointer;
        final StringWriter text = new StringWriter();
        final JsonGenerator generator;

        Rendering(String pointer) throws IOException {
            this.pointer = pointer;
            this.generator = WRITER.createGenerator(text);
        }

        boolean full() {
            try {
                generator.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return text.getBuffer().length() > MAX_LENGTH;
        }

        String finish() throws IOException {
            generator.flush();
            String value = text.toString();
            return ValueText.cut(value, MAX_LENGTH);
        }
    }
}
