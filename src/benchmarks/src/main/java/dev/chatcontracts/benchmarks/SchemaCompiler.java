package dev.chatcontracts.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.chatcontracts.openapi.schema.JsonSchemaConverter;
import dev.chatcontracts.openapi.schema.SchemaView;
import dev.chatcontracts.openapi.model.LoadedSpec;

/**
 * networknt 2.0.8 compiled, once, with an operation's 200 response schema as the converter gives it (draft
 * 2020-12, formats asserted: the settings of the engine's tree path).
 */
final class SchemaCompiler {

    private SchemaCompiler() {
    }

    static JsonNode jsonSchema(LoadedSpec spec, String path, String method) {
        String pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method
                + "/responses/200/content/application~1json/schema";
        JsonNode openApiSchema = spec.tree().at(pointer);
        if (openApiSchema.isMissingNode()) {
            throw new IllegalStateException("no 200 schema at " + pointer);
        }
        return new JsonSchemaConverter(spec.tree()).document(openApiSchema, SchemaView.RESPONSE);
    }

    static Schema response(LoadedSpec spec, String path, String method) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config)).getSchema(jsonSchema(spec, path, method));
    }
}
