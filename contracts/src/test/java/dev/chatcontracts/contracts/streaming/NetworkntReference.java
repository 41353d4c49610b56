package dev.chatcontracts.contracts.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * networknt configured as {@code ExampleValidator} configures it, and the comparison the cross-checks
 * make: the leaf failures, {@code pointer keyword schemaLocation}, composition keywords left out (as
 * DocumentedExamplesTest does), since they only say that a branch failed and the two validators word
 * that differently.
 */
final class NetworkntReference {

    static final Set<String> COMPOSITIONS = Set.of("oneOf", "anyOf", "allOf", "if", "then", "else");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .build()));

    private NetworkntReference() {
    }

    static Schema schema(JsonNode document) {
        return REGISTRY.getSchema(document);
    }

    /** networknt's leaf failures, {@code /chats/1/unread type #/$defs/Chat/properties/unread/type}. */
    static Set<String> leafFailures(Schema schema, JsonNode instance) {
        Set<String> leaves = new TreeSet<>();
        for (Error error : schema.validate(instance)) {
            if (!COMPOSITIONS.contains(error.getKeyword())) {
                leaves.add(error.getInstanceLocation() + " " + error.getKeyword() + " " + error.getSchemaLocation());
            }
        }
        return leaves;
    }

    /** The streaming validator's leaf failures, in the same form. */
    static Set<String> leafFailures(List<StreamingViolation> violations) {
        Set<String> leaves = new TreeSet<>();
        for (StreamingViolation violation : violations) {
            if (!COMPOSITIONS.contains(violation.keyword())) {
                leaves.add(violation.instancePointer() + " " + violation.keyword() + " " + violation.schemaLocation());
            }
        }
        return leaves;
    }
}
