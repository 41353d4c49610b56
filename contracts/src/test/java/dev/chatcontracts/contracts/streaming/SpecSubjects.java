package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.openapi.examples.DocumentedExample;
import dev.chatcontracts.openapi.examples.ExampleCollector;
import dev.chatcontracts.openapi.schema.JsonSchemaConverter;
import dev.chatcontracts.openapi.schema.SchemaView;
import dev.chatcontracts.openapi.model.BundledSpecs;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the property tests check: the documented examples of both bundled specs with their schema
 * documents in both views, chat lists built from generated chats, every component of both specs as a
 * schema document, and the property names the specs use. Built once.
 */
final class SpecSubjects {

    /** A document and a schema document it is checked against (compared by identity in {@link Agreement}). */
    record Subject(String name, JsonNode value, JsonNode schema, JsonNode otherViewSchema) {
    }

    static final SpecSubjects INSTANCE = new SpecSubjects();

    final List<Subject> documents = new ArrayList<>();
    final List<Subject> components = new ArrayList<>();
    final List<String> names;

    private SpecSubjects() {
        TreeSet<String> propertyNames = new TreeSet<>();
        JsonNode listChatsSchema = null;
        JsonNode listChatsRequestView = null;
        for (LoadedSpec spec : BundledSpecs.all()) {
            JsonSchemaConverter converter = new JsonSchemaConverter(spec.tree());
            for (DocumentedExample example : new ExampleCollector().collect(spec)) {
                SchemaView view = example.direction().view();
                SchemaView other = view == SchemaView.REQUEST ? SchemaView.RESPONSE : SchemaView.REQUEST;
                Subject subject = new Subject(spec.name() + " " + example.id(), example.value(),
                        converter.document(example.schema(), view), converter.document(example.schema(), other));
                documents.add(subject);
                if (example.id().equals("listChats 200 listChats")) {
                    listChatsSchema = subject.schema();
                    listChatsRequestView = subject.otherViewSchema();
                }
            }
            for (Map.Entry<String, JsonNode> schema : spec.tree().path("components").path("schemas").properties()) {
                components.add(new Subject(spec.name() + " " + schema.getKey(), null,
                        converter.component(schema.getKey(), SchemaView.RESPONSE), converter.component(schema.getKey(), SchemaView.REQUEST)));
                collectNames(schema.getValue(), propertyNames);
            }
        }
        for (int size = 1; size <= 4; size++) {
            documents.add(new Subject("generated chat list of " + size, chatList(size), listChatsSchema, listChatsRequestView));
        }
        this.names = List.copyOf(propertyNames);
    }

    private static JsonNode chatList(int size) {
        StringBuilder json = new StringBuilder("{\"chats\":[");
        for (int i = 0; i < size; i++) {
            json.append(i == 0 ? "" : ",").append(ChatListStream.element(i + 3L, false));
        }
        try {
            return new ObjectMapper().readTree(json.append("],\"count\":").append(size).append(",\"next_url\":null}").toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectNames(JsonNode schema, TreeSet<String> out) {
        if (schema.isObject()) {
            schema.path("properties").fieldNames().forEachRemaining(out::add);
            schema.forEach(child -> collectNames(child, out));
        } else if (schema.isArray()) {
            schema.forEach(child -> collectNames(child, out));
        }
    }
}
