package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.chatcontracts.openapi.schema.JsonSchemaConverter;

/**
 * A format checked by networknt itself: the schema {@code {"format": name}}, compiled once with the
 * configuration of {@code ExampleValidator} (format assertions on), applied to one string at a time.
 * Slower than a native check (a few microseconds), exact by construction; formats networknt does not know
 * pass, as they do there. Compiled when a value first needs it (a {@code date-time} that is plain RFC 3339 never
 * does), so that a run whose values pass the native checks does not load networknt.
 */
final class NetworkntFormat implements FormatCheck {

    private final String name;
    private volatile Schema schema;

    NetworkntFormat(String name) {
        this.name = name;
    }

    @Override
    public boolean matches(String value) {
        return schema().validate(TextNode.valueOf(value)).isEmpty();
    }

    private Schema schema() {
        Schema compiled = schema;
        if (compiled == null) {
            ObjectNode document = JsonNodeFactory.instance.objectNode()
                    .put("$schema", JsonSchemaConverter.DIALECT)
                    .put("format", name);
            compiled = Registry.INSTANCE.getSchema(document);
            schema = compiled;
        }
        return compiled;
    }

    private static final class Registry {
        static final SchemaRegistry INSTANCE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        .formatAssertionsEnabled(true)
                        .build()));
    }
}
