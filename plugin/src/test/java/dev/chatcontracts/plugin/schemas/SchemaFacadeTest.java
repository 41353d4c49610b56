package dev.chatcontracts.plugin.schemas;

import dev.chatcontracts.openapi.model.BundledSpecs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import dev.chatcontracts.openapi.testing.Fixtures;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the generated facade with the system Java compiler against jackson and networknt only,
 * loads it with the generated schemas on its classpath, and validates bodies through it.
 */
class SchemaFacadeTest {

    @TempDir
    static Path out;

    private static URLClassLoader loader;
    private static Class<?> facade;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        SchemaSetOptions options = SchemaSetGeneratorTest.options(BundledSpecs.all(), out).build();
        new SchemaSetGenerator().generate(options);
        Path classes = out.resolve("classes");
        compile(SchemaSetGenerator.facadeFile(options), classes);
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL(), out.resolve("resources").toUri().toURL()},
                SchemaFacadeTest.class.getClassLoader());
        facade = loader.loadClass("com.example.chat.ChatApiSchemas");
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    @Test
    void aVisitorWithAnIntegerIdBreaksTheShowVisitorResponse() {
        assertThat(violations("validateResponse", "showVisitor", 200, "{\"id\": 1, \"name\": \"Visitor 1\"}"))
                .containsExactly("/id type");
    }

    @Test
    void aConformingVisitorPasses() {
        assertThat(violations("validateResponse", "showVisitor", 200,
                "{\"id\": \"1.12345\", \"name\": \"Visitor 1\", \"created\": \"2014-09-01T10:29:59Z\"}")).isEmpty();
    }

    @Test
    void formatsAreAsserted() {
        assertThat(violations("validateResponse", "showVisitor", 200, "{\"created\": \"yesterday\"}")).containsExactly("/created format");
    }

    @Test
    void aReadOnlyFieldIsForbiddenInARequest() {
        assertThat(violations("validateRequest", "createAgent", null,
                "{\"email\": \"agent@example.com\", \"password\": \"secret\", \"id\": 5}")).containsExactly("/id false");
        assertThat(violations("validateRequest", "createAgent", null,
                "{\"email\": \"agent@example.com\", \"password\": \"secret\", \"enabled\": true}")).isEmpty();
    }

    @Test
    void aWriteOnlyFieldIsForbiddenInAResponse() {
        assertThat(violations("validateResponse", "showAgent", 200, "{\"id\": 2, \"password\": \"secret\"}"))
                .containsExactly("/password false");
    }

    @Test
    void errorResponsesAndTheZohoSpecAreCovered() {
        assertThat(violations("validateResponse", "showVisitor", 404, "{\"error\": \"Not Found\"}")).isEmpty();
        assertThat(violations("validateResponse", "updateConversationVisitor", 200,
                "{\"url\": \"/visitor/v1/zylkerinc/conversations/1/visitor\", \"data\": {\"id\": \"1\", \"visitor\": {\"name\": \"Larry\"}}}"))
                .isEmpty();
        assertThat(violations("validateResponse", "updateConversationVisitor", 401, "{\"error\": {\"message\": \"no code\"}}"))
                .containsExactly("/error required");
    }

    @Test
    void aParsedBodyCanBeGiven() throws Exception {
        JsonNode body = Fixtures.json("{'id': 1}");
        Object result = facade.getMethod("validateResponse", String.class, int.class, JsonNode.class).invoke(null, "showVisitor", 200, body);

        assertThat(describe((List<?>) result)).containsExactly("/id type");
    }

    @Test
    void unknownOperationsAndStatusesAreRejectedNamingWhatIsKnown() {
        assertThatThrownBy(() -> violations("validateResponse", "showVistor", 200, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown operation showVistor; known: [bulkDeleteChats, createAgent,")
                .hasMessageContaining("updateConversationVisitor");
        assertThatThrownBy(() -> violations("validateResponse", "showVisitor", 418, "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("operation showVisitor documents no JSON response for status 418; documented: [200, 400, 401, 403, 404, 429]");
        assertThatThrownBy(() -> violations("validateRequest", "showVisitor", null, "{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("operation showVisitor takes no JSON request body");
        assertThatThrownBy(() -> violations("validateRequest", "createAgent", null, "{not json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the body is not JSON");
    }

    @Test
    void theIndexListsEveryOperation() throws Exception {
        @SuppressWarnings("unchecked")
        Set<String> ids = (Set<String>) facade.getMethod("operationIds").invoke(null);

        assertThat(ids).hasSize(21).contains("showVisitor", "updateConversationVisitor");
    }

    /** "pointer keyword" of each violation the facade reports. */
    private static List<String> violations(String method, String operationId, Integer status, String json) {
        try {
            Object result = status == null
                    ? facade.getMethod(method, String.class, String.class).invoke(null, operationId, json)
                    : facade.getMethod(method, String.class, int.class, String.class).invoke(null, operationId, status, json);
            return describe((List<?>) result);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> describe(List<?> violations) {
        List<String> described = new ArrayList<>();
        for (Object violation : violations) {
            RecordComponent[] components = violation.getClass().getRecordComponents();
            assertThat(Stream.of(components).map(RecordComponent::getName))
                    .containsExactly("pointer", "keyword", "schemaLocation", "message");
            described.add(component(violation, components[0]) + " " + component(violation, components[1]));
        }
        return described;
    }

    private static Object component(Object record, RecordComponent component) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles with -Werror against jackson-databind (with core and annotations) and networknt only. */
    private static void compile(Path source, Path classes) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        String classpath = Stream.of(JsonNode.class, JsonParser.class, JsonProperty.class, Schema.class)
                .map(SchemaFacadeTest::jarOf).collect(Collectors.joining(File.pathSeparator));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean ok = compiler.getTask(null, files, diagnostics,
                    List.of("--release", "17", "-Xlint:all", "-Werror", "-classpath", classpath, "-d", classes.toString()),
                    null, files.getJavaFileObjects(source)).call();
            assertThat(ok).as("javac: %s", diagnostics.getDiagnostics()).isTrue();
        }
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
