package dev.chatcontracts.openapi.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.chatcontracts.openapi.schema.JsonSchemaConverter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks examples against their schema in their direction with networknt's validator, format
 * assertions on. The schemas of one spec are compiled once.
 */
public final class ExampleValidator {

    private final JsonSchemaConverter converter;
    private final SchemaRegistry registry;
    private final Map<JsonNode, Schema> requestSchemas = new IdentityHashMap<>();
    private final Map<JsonNode, Schema> responseSchemas = new IdentityHashMap<>();

    public ExampleValidator(JsonNode spec) {
        this.converter = new JsonSchemaConverter(spec);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
    }

    /** What breaks the example's schema; empty when it conforms. */
    public synchronized List<ExampleProblem> validate(DocumentedExample example) {
        Map<JsonNode, Schema> cache = example.direction() == Direction.REQUEST ? requestSchemas : responseSchemas;
        Schema schema = cache.computeIfAbsent(example.schema(),
                s -> registry.getSchema(converter.document(s, example.direction().view())));
        return schema.validate(example.value()).stream().map(ExampleValidator::problem).toList();
    }

    private static ExampleProblem problem(Error error) {
        return new ExampleProblem(error.getInstanceLocation().toString(), error.getKeyword(), String.valueOf(error.getSchemaLocation()), error.getMessage());
    }
}
