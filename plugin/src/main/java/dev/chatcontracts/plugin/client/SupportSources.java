package dev.chatcontracts.plugin.client;

import dev.chatcontracts.openapi.model.LoadedSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hand-written classes added to every generated client: authentication confined to the base
 * URL's origin, 429 retries with a budget, bounded exchanges (request timeout, response size), and
 * bounded page iterators for the operations that page. They live as templates in this plugin's
 * resources ({@code client-support/*.java}) with {@code __PACKAGE__} for the client's package; a
 * template whose operations the spec lacks is not written.
 */
final class SupportSources {

    private record Template(String name, Set<String> requiredOperations) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("ClientOrigin", Set.of()),
            new Template("ForeignOriginException", Set.of()),
            new Template("ForeignPageException", Set.of()),
            new Template("PageLimitException", Set.of()),
            new Template("RequestTimeoutException", Set.of()),
            new Template("ResponseTooLargeException", Set.of()),
            new Template("BoundedBodyHandler", Set.of()),
            new Template("ChatAuth", Set.of()),
            new Template("RetryAfterHttpClient", Set.of()),
            new Template("ClientSettings", Set.of()),
            new Template("ChatClients", Set.of()),
            new Template("AgentPages", Set.of("listAgents")),
            new Template("NextUrlPages", Set.of("listChats", "searchChats")));

    private final String basePackage;
    private final Set<String> operations;

    SupportSources(String basePackage, LoadedSpec spec) {
        this.basePackage = basePackage;
        this.operations = new java.util.TreeSet<>();
        spec.tree().path("paths").forEach(item -> item.forEach(op -> {
            if (op.has("operationId")) {
                operations.add(op.get("operationId").asText());
            }
        }));
    }

    List<Path> writeTo(Path outputDirectory) throws IOException {
        List<Path> written = new ArrayList<>();
        Path directory = Path.of(basePackage.replace('.', '/'));
        for (Template template : TEMPLATES) {
            if (operations.containsAll(template.requiredOperations())) {
                Path relative = directory.resolve(template.name() + ".java");
                Path target = outputDirectory.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.writeString(target, render(template.name()), StandardCharsets.UTF_8);
                written.add(relative);
            }
        }
        return written;
    }

    private String render(String name) {
        String resource = "/client-support/" + name + ".java.txt";
        try (InputStream in = SupportSources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("__PACKAGE__", basePackage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
