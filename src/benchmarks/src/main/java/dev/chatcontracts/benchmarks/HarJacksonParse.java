package dev.chatcontracts.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The reference for the {@code validate} CLI on a HAR: Jackson reads the HAR into a tree, then every response
 * body's text into a tree of its own, and prints how many bodies it read. What any tool that looks at the
 * bodies has to do at least.
 *
 * <pre>java -cp ... dev.chatcontracts.benchmarks.HarJacksonParse capture.har</pre>
 */
public final class HarJacksonParse {

    private HarJacksonParse() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode har = mapper.readTree(Path.of(args[0]).toFile());
        long bodies = 0;
        long nodes = 0;
        for (JsonNode entry : har.path("log").path("entries")) {
            JsonNode text = entry.path("response").path("content").path("text");
            if (text.isTextual()) {
                nodes += mapper.readTree(text.asText()).size();
                bodies++;
            }
        }
        System.out.println(bodies + " bodies, " + nodes + " top-level fields");
    }
}
