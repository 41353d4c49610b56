package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.examples.DocumentedExample;
import dev.chatcontracts.openapi.examples.ExampleCollector;
import dev.chatcontracts.openapi.schema.JsonSchemaConverter;
import dev.chatcontracts.openapi.model.BundledSpecs;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Run by {@link BoundedHeapTest} in a JVM with a small heap: validates a generated List Chats answer of
 * {@code args[0]} elements (every {@code args[1]}-th invalid) against the List Chats response schema,
 * streaming, and exits 0 when exactly the expected violations were found (2 otherwise). Prints the
 * number of bytes read, the violations and the peak heap used.
 */
public final class BoundedHeapMain {

    private BoundedHeapMain() {
    }

    public static void main(String[] args) throws IOException {
        long chats = Long.parseLong(args[0]);
        long invalidEvery = Long.parseLong(args[1]);
        LoadedSpec spec = BundledSpecs.zendesk();
        DocumentedExample listChats = new ExampleCollector().collect(spec).stream()
                .filter(example -> example.id().equals("listChats 200 listChats")).findFirst().orElseThrow();
        JsonNode schema = new JsonSchemaConverter(spec.tree()).document(listChats.schema(), listChats.direction().view());
        StreamingValidator validator = new StreamingValidator(StreamingSchema.compile(schema));

        ChatListStream generated = new ChatListStream(chats, invalidEvery);
        long[] bytes = new long[1];
        InputStream counted = new FilterInputStream(generated) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int count = super.read(buffer, offset, length);
                bytes[0] += Math.max(count, 0);
                return count;
            }
        };
        List<StreamingViolation> violations;
        try (JsonParser parser = new JsonFactory().createParser(counted)) {
            violations = validator.validate(parser);
        }
        long unexpected = violations.stream().filter(v -> !v.instancePointer().matches("/chats/\\d+/unread")).count();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("bytes=%d violations=%d unexpected=%d maxHeap=%d%n", bytes[0], violations.size(), unexpected, runtime.maxMemory());
        System.exit(violations.size() == generated.expectedViolations() && unexpected == 0 ? 0 : 2);
    }
}
