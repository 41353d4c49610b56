package dev.chatcontracts.openapi;

import dev.chatcontracts.openapi.model.BundledSpecs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.LocalRefs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The specs against the coverage table: every documented operation and field is there, with the
 * documented flags, or with an {@code x-doc-discrepancy} that says why not.
 */
class CoverageTest {

    private static final DocumentedApi DOCUMENTED = DocumentedApi.load();
    private static final Map<String, LoadedSpec> SPECS = BundledSpecs.stream()
            .collect(Collectors.toMap(LoadedSpec::name, Function.identity()));

    static Stream<DocumentedApi.Operation> operations() {
        return DOCUMENTED.operations().stream();
    }

    static Stream<Arguments> fields() {
        return DOCUMENTED.schemas().stream().filter(s -> s.fields() != null)
                .flatMap(s -> s.fields().stream().map(f -> Arguments.of(s.component() + "." + f.name(), s, f)));
    }

    static Stream<DocumentedApi.SchemaEntry> schemas() {
        return DOCUMENTED.schemas().stream();
    }

    @Test
    void tablesEveryOperationOfTheChecklist() {
        assertThat(DOCUMENTED.operations()).hasSize(21);
        assertThat(SPECS.values().stream().mapToLong(CoverageTest::operationCount).sum())
                .as("operations in the specs").isEqualTo(21);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void specHasTheOperation(DocumentedApi.Operation documented) {
        JsonNode tree = SPECS.get(documented.spec()).tree();
        JsonNode operation = tree.path("paths").path(documented.path()).path(documented.method());

        assertThat(operation.isObject()).as("%s %s in %s", documented.method(), documented.path(), documented.spec()).isTrue();
        assertThat(operation.path("operationId").asText()).isEqualTo(documented.id());
        assertThat(operation.path("tags").size()).as("tags").isPositive();
        assertThat(operation.path("summary").asText()).as("summary").isNotBlank();
        assertThat(operation.path("description").asText()).as("description").isNotBlank();
        assertThat(operation.path("responses").has(documented.status())).as("documented status %s", documented.status()).isTrue();
        if (documented.allowed() != null) {
            assertThat(texts(operation.path("x-allowed-for"))).as("x-allowed-for").isEqualTo(documented.allowed());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void specHasTheParametersAndBody(DocumentedApi.Operation documented) {
        JsonNode tree = SPECS.get(documented.spec()).tree();
        JsonNode pathItem = tree.path("paths").path(documented.path());
        JsonNode operation = pathItem.path(documented.method());
        Map<String, JsonNode> parameters = new java.util.HashMap<>();
        Stream.concat(StreamSupport.stream(pathItem.path("parameters").spliterator(), false),
                        StreamSupport.stream(operation.path("parameters").spliterator(), false))
                .map(p -> LocalRefs.deref(tree, p))
                .forEach(p -> parameters.put(p.path("in").asText() + ":" + p.path("name").asText(), p));

        if (documented.pathParams() != null) {
            documented.pathParams().forEach(name -> assertThat(parameters).containsKey("path:" + name));
        }
        if (documented.query() != null) {
            documented.query().forEach((name, type) -> {
                assertThat(parameters).containsKey("query:" + name);
                assertThat(parameters.get("query:" + name).path("schema").path("type").asText()).as(name).isEqualTo(type);
            });
        }
        if (documented.requiredQuery() != null) {
            documented.requiredQuery().forEach(name ->
                    assertThat(parameters.get("query:" + name).path("required").asBoolean()).as("%s required", name).isTrue());
        }
        if (documented.headers() != null) {
            JsonNode headers = operation.path("responses").path(documented.status()).path("headers");
            documented.headers().forEach(header -> assertThat(headers.has(header)).as(header).isTrue());
        }
        if (documented.body() != null) {
            JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
            assertThat(body.path("$ref").asText()).isEqualTo(LocalRefs.schemaRef(documented.body()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void specHasTheErrorResponses(DocumentedApi.Operation documented) {
        JsonNode tree = SPECS.get(documented.spec()).tree();
        JsonNode responses = tree.path("paths").path(documented.path()).path(documented.method()).path("responses");
        List<String> expected = new ArrayList<>(List.of("400", "401", "403", "429"));
        if (documented.pathParams() != null) {
            expected.add("404");
        }
        for (String status : expected) {
            JsonNode response = LocalRefs.deref(tree, responses.path(status));
            assertThat(response.path("content").path("application/json").path("schema").isMissingNode())
                    .as("%s has an error schema", status).isFalse();
        }
        assertThat(LocalRefs.deref(tree, responses.path("429")).path("headers").has("Retry-After")).as("429 Retry-After").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void specAgreesWithTheFieldTable(String name, DocumentedApi.SchemaEntry schema, DocumentedApi.Field field) {
        JsonNode tree = SPECS.get(schema.spec()).tree();
        JsonNode component = tree.path("components").path("schemas").path(schema.component());
        JsonNode property = component.path("properties").path(field.name());
        assertThat(property.isObject()).as("%s is in the spec", name).isTrue();
        JsonNode target = LocalRefs.deref(tree, property);

        if (!typeMatches(field.type(), target)) {
            assertThat(property.path("x-documented-type").asText()).as("%s: type differs from the table without x-documented-type", name)
                    .isEqualTo(field.type());
            assertRecordedDiscrepancy(name, property);
        }
        if (field.readOnly() != null && field.readOnly() != isReadOnly(property, target)) {
            assertThat(property.path("x-documented-readOnly").asBoolean(!field.readOnly()))
                    .as("%s: readOnly differs from the table without x-documented-readOnly", name).isEqualTo(field.readOnly());
            assertRecordedDiscrepancy(name, property);
        }
        if (Boolean.FALSE.equals(field.mandatory()) && texts(component.path("required")).contains(field.name())) {
            assertThat(property.path("x-documented-mandatory").asBoolean(true))
                    .as("%s: required although the table says not mandatory, without x-documented-mandatory", name).isFalse();
            assertThat(property.path("x-decision").asText()).as("%s: the decision to require it", name).isNotBlank();
        }
        if (field.enumValues() != null) {
            List<String> values = texts(target.path("enum")).stream().filter(v -> !v.equals("null")).toList();
            assertThat(field.enumValues()).as("%s: enum", name).containsAll(values);
            if (!new HashSet<>(values).equals(new HashSet<>(field.enumValues()))) {
                assertThat(texts(property.path("x-documented-enum"))).as("%s: narrowed enum records x-documented-enum", name)
                        .containsExactlyInAnyOrderElementsOf(field.enumValues());
            }
        }
        if (Boolean.TRUE.equals(field.deprecated())) {
            assertThat(property.path("deprecated").asBoolean() || target.path("deprecated").asBoolean()).as("%s deprecated", name).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void specHasEveryDocumentedField(DocumentedApi.SchemaEntry schema) {
        JsonNode component = SPECS.get(schema.spec()).tree().path("components").path("schemas").path(schema.component());
        List<String> names = schema.names() != null ? schema.names()
                : schema.fields().stream().map(DocumentedApi.Field::name).toList();

        assertThat(component.isObject()).as(schema.component()).isTrue();
        names.forEach(n -> assertThat(component.path("properties").has(n)).as("%s.%s", schema.component(), n).isTrue());
        if (schema.required() != null) {
            assertThat(texts(component.path("required"))).containsExactlyInAnyOrderElementsOf(schema.required());
        }
    }

    @Test
    void everyDiscrepancyIsRecordedInASpec() {
        Set<String> recorded = new TreeSet<>();
        SPECS.values().forEach(spec -> collectDiscrepancies(spec.tree(), recorded));

        assertThat(recorded).containsAll(DOCUMENTED.discrepancies());
        assertThat(DOCUMENTED.discrepancies()).hasSize(20);
    }

    @Test
    void theReadmeTablesTheDecisionOnEveryDiscrepancy() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../src/docs/discrepancies.md"));

        DOCUMENTED.discrepancies().forEach(d -> assertThat(readme).as("discrepancies.md row for %s", d).containsPattern("(?m)^\\| " + d + " \\|"));
    }

    @Test
    void securitySchemesAndServersAreDocumented() {
        JsonNode zendesk = SPECS.get("zendesk-chat").tree();
        JsonNode zoho = SPECS.get("zoho-salesiq").tree();

        assertThat(zendesk.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(zendesk.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(texts(zendesk.path("servers"), "url")).containsExactly(
                "https://{subdomain}.zendesk.com/api/v2/chat", "https://www.zopim.com/api/v2");
        assertThat(zoho.at("/components/securitySchemes/zohoOAuth/name").asText()).isEqualTo("Authorization");
        assertThat(zoho.at("/components/securitySchemes/zohoOAuth/x-token-prefix").asText()).isEqualTo("Zoho-oauthtoken");
        assertThat(texts(zoho.at("/components/securitySchemes/zohoOAuth/x-oauth-scopes"))).containsExactly("conversations.UPDATE");
        assertThat(texts(zoho.at("/servers/0/variables/server/enum"))).containsExactly("salesiq.zoho.com", "salesiq.zoho.eu",
                "salesiq.zoho.in", "salesiq.zoho.com.au", "salesiq.zoho.com.cn", "salesiq.zoho.jp");
    }

    private static void assertRecordedDiscrepancy(String name, JsonNode property) {
        assertThat(texts(property.path("x-doc-discrepancy"))).as("%s records its x-doc-discrepancy", name).isNotEmpty();
    }

    private static boolean typeMatches(String documented, JsonNode target) {
        String type = target.path("type").asText("object");
        return switch (documented) {
            case "timestamp" -> type.equals("string") && target.path("format").asText().equals("date-time");
            default -> type.equals(documented);
        };
    }

    private static boolean isReadOnly(JsonNode property, JsonNode target) {
        return property.path("readOnly").asBoolean() || target.path("readOnly").asBoolean();
    }

    private static void collectDiscrepancies(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            node.path("x-doc-discrepancy").forEach(d -> out.add(d.asText()));
            node.path("x-violates").forEach(v -> out.add(v.path("discrepancy").asText()));
        }
        node.forEach(child -> collectDiscrepancies(child, out));
    }

    private static long operationCount(LoadedSpec spec) {
        Set<String> methods = Set.of("get", "put", "post", "delete", "patch");
        long count = 0;
        for (JsonNode pathItem : spec.tree().path("paths")) {
            count += StreamSupport.stream(((Iterable<String>) pathItem::fieldNames).spliterator(), false).filter(methods::contains).count();
        }
        return count;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.isNull() ? "null" : v.asText()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.path(field).asText()));
        return out;
    }
}
