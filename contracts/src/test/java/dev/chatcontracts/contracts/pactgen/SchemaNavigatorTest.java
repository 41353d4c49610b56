package dev.chatcontracts.contracts.pactgen;

import static dev.chatcontracts.openapi.testing.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatcontracts.openapi.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SchemaNavigatorTest {

    private final JsonNode oneOfSpec = Fixtures.spec("api-oneof.yaml").tree();
    private final SchemaNavigator navigator = new SchemaNavigator(oneOfSpec);

    @Test
    void aDiscriminatedOneOfTakesTheBranchItsValueNames() {
        Shape shape = navigator.shape(ref("ChatOrOfflineMessage"), json("{'type':'offline_msg'}"));

        assertThat(shape.properties()).containsOnlyKeys("type", "message");
    }

    @Test
    void anUndiscriminatedOneOfTakesTheFirstBranchWhoseRequiredPropertiesArePresent() {
        assertThat(navigator.shape(ref("ListOrDocs"), json("{'docs':{}}")).properties()).containsOnlyKeys("docs");
        assertThat(navigator.shape(ref("ListOrDocs"), json("{'chats':[]}")).properties()).containsOnlyKeys("chats");
    }

    @Test
    void aPropertyReferencingAReadOnlyComponentIsReadOnly() {
        SchemaNavigator readOnly = new SchemaNavigator(Fixtures.spec("api-readonly.yaml").tree());
        Shape agent = readOnly.shape(ref("AgentCreate"), json("{}"));

        assertThat(readOnly.isReadOnly(agent, "id")).isTrue();
        assertThat(readOnly.isReadOnly(agent, "roles")).isTrue();
        assertThat(readOnly.isReadOnly(agent, "email")).isFalse();
        assertThat(readOnly.isReadOnly(agent, "password")).isFalse();
    }

    @Test
    void aCompositionCycleEnds() {
        JsonNode cyclic = json("""
                {'components':{'schemas':{
                  'A':{'oneOf':[{'$ref':'#/components/schemas/A'},{'$ref':'#/components/schemas/B'}]},
                  'B':{'allOf':[{'$ref':'#/components/schemas/A'}],'type':'object','properties':{'b':{'type':'string'}}}}}}""");

        Shape shape = new SchemaNavigator(cyclic).shape(json("{'$ref':'#/components/schemas/A'}"), json("{'b':'x'}"));

        assertThat(shape.properties()).containsKey("b");
    }

    private static JsonNode ref(String component) {
        return json("{'$ref':'#/components/schemas/" + component + "'}");
    }
}
