package dev.chatcontracts.openapi.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.SpecLoader;
import java.nio.file.Path;

/** The fixture specs of the calling module's src/test/resources/fixtures. */
public final class Fixtures {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static Path path(String name) {
        return Path.of("src/test/resources/fixtures", name);
    }

    public static LoadedSpec spec(String name) {
        return new SpecLoader().load(path(name));
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
