package dev.chatcontracts.openapi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatcontracts.openapi.testing.Fixtures;
import dev.chatcontracts.openapi.schema.JsonSchemaConverter;
import dev.chatcontracts.openapi.schema.SchemaView;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpecLoaderTest {

    @Test
    void readsASpecWithItsNameAndNoMessages() {
        LoadedSpec spec = Fixtures.spec("api-oneof.yaml");

        assertThat(spec.name()).isEqualTo("api-oneof");
        assertThat(spec.parserMessages()).isEmpty();
        assertThat(spec.model().getComponents().getSchemas()).containsKeys("Chat", "OfflineMessage");
        assertThat(spec.resolve("#/components/schemas/Chat").path("type").asText()).isEqualTo("object");
    }

    @Test
    void aSyntaxErrorNamesTheFileTheLineAndTheRule() {
        assertThatThrownBy(() -> Fixtures.spec("api-invalid-syntax.yaml"))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("api-invalid-syntax.yaml")
                .hasMessageContaining("line 4")
                .satisfies(e -> assertThat(((SpecException) e).key()).isEqualTo("spec.syntax"));
    }

    @Test
    void aMissingFileIsUnreadable() {
        assertThatThrownBy(() -> new SpecLoader().load(Path.of("no-such-spec.yaml")))
                .isInstanceOf(SpecException.class)
                .satisfies(e -> assertThat(((SpecException) e).key()).isEqualTo("spec.unreadable"));
    }

    @Test
    void remoteReferencesAreNeverFetched() {
        LoadedSpec spec = Fixtures.spec("api-remote-ref.yaml");

        assertThatThrownBy(() -> new JsonSchemaConverter(spec.tree()).component("Agent", SchemaView.RESPONSE))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("https://example.invalid/agent.yaml#/Agent")
                .satisfies(e -> assertThat(((SpecException) e).key()).isEqualTo("spec.ref.remote"));
    }

    @Test
    void aMissingClasspathResourceIsNamed() {
        assertThatThrownBy(() -> new SpecLoader().loadResource("openapi/nothing.yaml", getClass().getClassLoader()))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("classpath:openapi/nothing.yaml");
    }
}
