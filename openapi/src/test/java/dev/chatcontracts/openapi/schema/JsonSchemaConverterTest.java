package dev.chatcontracts.openapi.schema;

import static dev.chatcontracts.openapi.testing.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.chatcontracts.openapi.testing.Fixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonSchemaConverterTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build()));

    @Test
    void requestViewForbidsReadOnlyPropertiesAndDropsThemFromRequired() {
        JsonNode schema = converter("api-readonly.yaml").component("Agent", SchemaView.REQUEST);

        assertThat(schema).isEqualTo(json("""
                {'$schema':'https://json-schema.org/draft/2020-12/schema','$ref':'#/$defs/Agent',
                 'title':'Agent (request)',
                 '$defs':{'Agent':{'type':'object','properties':{
                     'id':false,
                     'email':{'type':'string'},
                     'password':{'type':'string','writeOnly':true},
                     'roles':false},
                   'required':['email','password']}}}"""));
    }

    @Test
    void responseViewForbidsWriteOnlyPropertiesAndKeepsReadOnlyOnes() {
        JsonNode schema = converter("api-readonly.yaml").component("Agent", SchemaView.RESPONSE);

        assertThat(schema).isEqualTo(json("""
                {'$schema':'https://json-schema.org/draft/2020-12/schema','$ref':'#/$defs/Agent',
                 'title':'Agent (response)',
                 '$defs':{
                   'Agent':{'type':'object','properties':{
                     'id':{'type':'integer','readOnly':true},
                     'email':{'type':'string'},
                     'password':false,
                     'roles':{'$ref':'#/$defs/Roles'}},
                   'required':['id','email']},
                   'Roles':{'type':'object','readOnly':true,'properties':{'owner':{'type':'boolean'}}}}}"""));
    }

    @Test
    void aNameRequiredByOneAllOfMemberButForbiddenByAnotherIsNotRequired() {
        JsonNode schema = converter("api-readonly.yaml").component("AgentCreate", SchemaView.RESPONSE);

        assertThat(schema.at("/$defs/AgentCreate")).isEqualTo(json("""
                {'allOf':[{'$ref':'#/$defs/Agent'},{'type':'object'}]}"""));
        assertThat(errors(schema, "{'id':1,'email':'a@b.c'}")).isEmpty();
        assertThat(pointers(converter("api-readonly.yaml").component("AgentCreate", SchemaView.REQUEST), "{'email':'a@b.c'}"))
                .containsExactly("");
    }

    @Test
    void nullableBecomesATypeUnionAnEnumNullOrAnAnyOf() {
        JsonNode chat = converter("api-nullable.yaml").component("Chat", SchemaView.RESPONSE).at("/$defs/Chat/properties");

        assertThat(chat.get("comment")).isEqualTo(json("{'type':['string','null']}"));
        assertThat(chat.get("rating")).isEqualTo(json("{'type':['string','null'],'enum':['good','bad',null]}"));
        assertThat(chat.get("started")).isEqualTo(json("{'type':'string','format':'date-time'}"));
        assertThat(chat.get("attribution")).isEqualTo(json("{'anyOf':[{'allOf':[{'$ref':'#/$defs/Attribution'}]},{'type':'null'}]}"));
        assertThat(chat.get("count")).isEqualTo(json("{'type':'integer','exclusiveMinimum':0,'examples':[3]}"));
    }

    static Stream<Arguments> nullableInstances() {
        return Stream.of(
                Arguments.of("null comment", "{'comment':null}", List.of()),
                Arguments.of("null rating", "{'rating':null}", List.of()),
                Arguments.of("unknown rating", "{'rating':'meh'}", List.of("/rating")),
                Arguments.of("null attribution", "{'attribution':null}", List.of()),
                Arguments.of("bad attribution", "{'attribution':{'agent_id':'x'}}", List.of("/attribution", "/attribution/agent_id")),
                Arguments.of("bad date-time", "{'started':'2014-09-31T08:25:09Z'}", List.of("/started")),
                Arguments.of("count at the exclusive bound", "{'count':0}", List.of("/count")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullableInstances")
    void nullableSchemasValidateAsOpenApiMeansThem(String name, String instance, List<String> failing) {
        JsonNode schema = converter("api-nullable.yaml").component("Chat", SchemaView.RESPONSE);

        assertThat(pointers(schema, instance)).containsExactlyInAnyOrderElementsOf(failing);
    }

    @Test
    void aDiscriminatedOneOfChecksOnlyTheBranchItsTypeNames() {
        JsonNode schema = converter("api-oneof.yaml").component("ChatOrOfflineMessage", SchemaView.RESPONSE);

        assertThat(errors(schema, "{'type':'chat','unread':0}")).extracting(e -> e.getInstanceLocation().toString() + " " + e.getKeyword())
                .containsExactly("/unread type");
        assertThat(errors(schema, "{'type':'offline_msg','message':1}")).extracting(e -> e.getInstanceLocation().toString() + " " + e.getKeyword())
                .containsExactly("/message type");
        assertThat(errors(schema, "{'type':'offline_msg','message':'hi'}")).isEmpty();
        assertThat(errors(schema, "{'unread':true}")).as("no type: any branch").isEmpty();
        assertThat(pointers(schema, "{'type':'call'}")).contains("/type");
    }

    @Test
    void aOneOfToldApartByARequiredPropertyChecksOnlyThatBranch() {
        JsonNode schema = converter("api-oneof.yaml").component("ListOrDocs", SchemaView.RESPONSE);

        assertThat(pointers(schema, "{'chats':[{'type':'chat','unread':0}]}")).containsExactly("/chats/0/unread");
        assertThat(pointers(schema, "{'docs':{'1':{'type':'chat','unread':'no'}}}")).containsExactly("/docs/1/unread");
        assertThat(errors(schema, "{'docs':{}}")).isEmpty();
    }

    static Stream<Arguments> everyComponent() {
        return Stream.of("api-readonly.yaml", "api-nullable.yaml", "api-oneof.yaml").flatMap(file -> {
            JsonNode tree = Fixtures.spec(file).tree();
            return Stream.of(SchemaView.values()).flatMap(view -> stream(tree.path("components").path("schemas").fieldNames())
                    .map(component -> Arguments.of(file + " " + component + " " + view.id(), file, component, view)));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyComponent")
    void everyConvertedSchemaIsValidAgainstTheDraft202012MetaSchema(String name, String file, String component, SchemaView view) {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(JsonSchemaConverter.DIALECT));

        assertThat(metaSchema.validate(converter(file).component(component, view))).isEmpty();
    }

    private static JsonSchemaConverter converter(String file) {
        return new JsonSchemaConverter(Fixtures.spec(file).tree());
    }

    private static List<Error> errors(JsonNode schema, String instance) {
        return REGISTRY.getSchema(schema).validate(json(instance));
    }

    private static List<String> pointers(JsonNode schema, String instance) {
        return errors(schema, instance).stream()
                .filter(e -> !List.of("if", "then", "else", "oneOf", "anyOf", "allOf").contains(e.getKeyword()))
                .map(e -> e.getInstanceLocation().toString()).distinct().toList();
    }

    private static <T> Stream<T> stream(java.util.Iterator<T> it) {
        return java.util.stream.StreamSupport.stream(((Iterable<T>) () -> it).spliterator(), false);
    }
}
