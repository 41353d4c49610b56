package dev.chatcontracts.plugin.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.openapi.model.LoadedSpec;
import dev.chatcontracts.openapi.model.SpecLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientGeneratorTest {

    private static final String BASE = "dev.chatcontracts.client";
    private static LoadedSpec zendesk;
    private static LoadedSpec zoho;

    @TempDir
    static Path shared;

    @BeforeAll
    static void generateBothClients() {
        zendesk = new SpecLoader().load(Path.of("../openapi/src/main/resources/openapi/zendesk-chat.yaml"));
        zoho = new SpecLoader().load(Path.of("../openapi/src/main/resources/openapi/zoho-salesiq.yaml"));
        generate(zendesk, shared.resolve("both"), Set.of(), Set.of());
        generate(zoho, shared.resolve("both"), Set.of(), Set.of());
    }

    @Test
    void writesTheApisModelsAndSupportClassesOfEachSpec() {
        Path zendeskDir = shared.resolve("both/dev/chatcontracts/client/zendeskchat");
        Path zohoDir = shared.resolve("both/dev/chatcontracts/client/zohosalesiq");

        assertThat(zendeskDir.resolve("api")).isDirectoryContaining("glob:**/AgentsApi.java").isDirectoryContaining("glob:**/ChatsApi.java")
                .isDirectoryContaining("glob:**/VisitorsApi.java").isDirectoryContaining("glob:**/AccountApi.java");
        assertThat(zendeskDir.resolve("model")).isDirectoryContaining("glob:**/ChatOrOfflineMessage.java").isDirectoryContaining("glob:**/Agent.java");
        assertThat(zendeskDir).isDirectoryContaining("glob:**/ChatAuth.java").isDirectoryContaining("glob:**/AgentPages.java")
                .isDirectoryContaining("glob:**/NextUrlPages.java").isDirectoryContaining("glob:**/RetryAfterHttpClient.java")
                .isDirectoryContaining("glob:**/ClientOrigin.java").isDirectoryContaining("glob:**/BoundedBodyHandler.java")
                .isDirectoryContaining("glob:**/ForeignPageException.java").isDirectoryContaining("glob:**/PageLimitException.java");
        assertThat(zohoDir).isDirectoryContaining("glob:**/ForeignOriginException.java")
                .isDirectoryContaining("glob:**/RequestTimeoutException.java").isDirectoryContaining("glob:**/ResponseTooLargeException.java");
        assertThat(zohoDir.resolve("api")).isDirectoryContaining("glob:**/ConversationsApi.java");
        assertThat(zohoDir).isDirectoryContaining("glob:**/ChatAuth.java").isDirectoryNotContaining("glob:**/AgentPages.java");
        assertThat(shared.resolve("both")).isDirectoryNotContaining("glob:**/pom.xml");
    }

    @Test
    void theSourcesAreTheJavaGeneratorsAndNothingElseOfItsOutputIsWritten() throws IOException {
        Path zendeskDir = shared.resolve("both/dev/chatcontracts/client/zendeskchat");

        assertThat(Files.readString(zendeskDir.resolve("api/ChatsApi.java")))
                .contains("@jakarta.annotation.Generated(value = \"org.openapitools.codegen.languages.JavaClientCodegen\"");
        assertThat(Files.readString(zendeskDir.resolve("ApiClient.java")))
                .contains("@jakarta.annotation.Generated(value = \"org.openapitools.codegen.languages.JavaClientCodegen\"");
        try (Stream<Path> files = Files.walk(shared.resolve("both"))) {
            assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
                    .isNotEmpty().allMatch(n -> n.endsWith(".java"));
        }
    }

    @Test
    void everyGeneratedSourceCompilesWithJacksonAndJakartaAnnotationsOnly() throws IOException {
        List<String> sources = javaFiles(shared.resolve("both"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        List<String> args = new ArrayList<>(List.of("-d", shared.resolve("classes").toString(), "-classpath",
                System.getProperty("java.class.path"), "-proc:none", "-Xlint:none", "-nowarn"));
        args.addAll(sources);

        int exit = compiler.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                diagnostics.write(b);
            }
        }), args.toArray(String[]::new));

        assertThat(exit).as(diagnostics.toString()).isZero();
        assertThat(sources).hasSizeGreaterThan(50);
    }

    @Test
    void readOnlyPropertiesAreAnnotatedSoThatTheyAreNeverSerialized() throws IOException {
        String agent = Files.readString(shared.resolve("both/dev/chatcontracts/client/zendeskchat/model/Agent.java"));
        String visitor = Files.readString(shared.resolve("both/dev/chatcontracts/client/zendeskchat/model/Visitor.java"));

        assertThat(agent).containsSubsequence(SpecPreparer.READ_ONLY_ANNOTATION, "private Long id;");
        assertThat(agent).containsSubsequence(SpecPreparer.READ_ONLY_ANNOTATION, "private AgentRoles roles;");
        assertThat(agent).doesNotContain(SpecPreparer.READ_ONLY_ANNOTATION + "\n  @jakarta.annotation.Nullable\n  private String password;");
        assertThat(visitor).containsSubsequence(SpecPreparer.READ_ONLY_ANNOTATION, "private String id;");
        assertThat(visitor).doesNotContain(SpecPreparer.READ_ONLY_ANNOTATION + "\n  @jakarta.annotation.Nullable\n  private String notes;");
    }

    @Test
    void idsAreLongOrStringAsTheSpecSays() throws IOException {
        Path model = shared.resolve("both/dev/chatcontracts/client/zendeskchat/model");

        assertThat(Files.readString(model.resolve("Agent.java"))).contains("private Long id;", "private Long roleId;");
        assertThat(Files.readString(model.resolve("Chat.java"))).contains("private String id;", "private List<String> agentIds");
        assertThat(Files.readString(model.resolve("Visitor.java"))).contains("private String id;");
        assertThat(Files.readString(model.resolve("ConversionAttribution.java"))).contains("private Long agentId;");
    }

    @Test
    void generationIsDeterministic() throws IOException {
        Path again = shared.resolve("again");
        generate(zendesk, again, Set.of(), Set.of());

        assertThat(contents(again.resolve("dev/chatcontracts/client/zendeskchat")))
                .isEqualTo(contents(shared.resolve("both/dev/chatcontracts/client/zendeskchat")));
    }

    @Test
    void theOperationAndTagFilterLimitsTheApis() throws IOException {
        Path filtered = shared.resolve("filtered");
        List<Path> files = generate(zendesk, filtered, Set.of("listAgents"), Set.of("Visitors"));
        String agentsApi = Files.readString(filtered.resolve("dev/chatcontracts/client/zendeskchat/api/AgentsApi.java"));

        assertThat(files).extracting(Path::toString).contains("dev/chatcontracts/client/zendeskchat/api/VisitorsApi.java")
                .doesNotContain("dev/chatcontracts/client/zendeskchat/api/ChatsApi.java", "dev/chatcontracts/client/zendeskchat/api/AccountApi.java");
        assertThat(agentsApi).contains("public List<Agent> listAgents(").doesNotContain("createAgent(");
    }

    private static List<Path> generate(LoadedSpec spec, Path out, Set<String> operations, Set<String> tags) {
        return new ClientGenerator().generate(new ClientOptions(spec, out, ClientOptions.defaultPackage(BASE, spec), operations, tags));
    }

    private static List<String> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return out;
    }
}
