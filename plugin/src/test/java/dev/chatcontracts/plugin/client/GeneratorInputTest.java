package dev.chatcontracts.plugin.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.SpecLoader;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorInputTest {

    @TempDir
    Path directory;

    /** What OpenAPI Generator's CodegenConfigurator read from the prepared spec written as a JSON file. */
    @ParameterizedTest
    @ValueSource(strings = {"zendesk-chat", "zoho-salesiq"})
    void theModelOfThePreparedTreeIsTheOneOpenApiGeneratorReadFromItsFile(String name) throws Exception {
        LoadedSpec spec = new SpecLoader().load(Path.of("../openapi/src/main/resources/openapi/" + name + ".yaml"));
        ObjectNode prepared = SpecPreparer.prepare(spec.tree(), Set.of(), Set.of());
        Path file = directory.resolve(name + ".json");
        new ObjectMapper().writeValue(file.toFile(), prepared);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveResponses(true);

        String fromFile = Json.pretty(new OpenAPIParser().readLocation(file.toString(), null, options).getOpenAPI());
        String fromTree = Json.pretty(GeneratorInput.model(prepared, file.toString()));

        assertThat(fromTree).isEqualTo(fromFile).contains("\"paths\"");
    }
}
