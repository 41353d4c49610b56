package dev.chatcontracts.openapi.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadedSpecOnDemandTest {

    @Test
    void swaggerParserRunsOnlyWhenTheModelOrItsMessagesAreAskedForAndThenOnce() {
        AtomicInteger parses = new AtomicInteger();
        OpenAPI model = new OpenAPI().openapi("3.0.3");
        LoadedSpec spec = LoadedSpec.parsedOnDemand("api", "api.yaml", JsonNodeFactory.instance.objectNode().put("openapi", "3.0.3"),
                () -> {
                    parses.incrementAndGet();
                    return new LoadedSpec.ParserResult(model, List.of("a message"));
                });

        assertThat(spec.tree().path("openapi").asText()).isEqualTo("3.0.3");
        assertThat(spec.name()).isEqualTo("api");
        assertThat(parses).hasValue(0);

        assertThat(spec.parserMessages()).containsExactly("a message");
        assertThat(spec.model()).isSameAs(model);
        assertThat(parses).hasValue(1);
    }

    @Test
    void theLoaderReadsTheTreeAtOnceAndTheSameModelAsBeforeOnDemand() {
        String text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Chat: {type: object}\n";

        LoadedSpec spec = new SpecLoader().parse("api", "api.yaml", text);

        assertThat(spec.resolve("#/components/schemas/Chat").path("type").asText()).isEqualTo("object");
        assertThat(spec.model().getComponents().getSchemas()).containsOnlyKeys("Chat");
        assertThat(spec.parserMessages()).isEmpty();
    }
}
