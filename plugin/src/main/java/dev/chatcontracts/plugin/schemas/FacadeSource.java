package dev.chatcontracts.plugin.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Java source of the schema facade: a class with static methods that validate request and
 * response bodies by operation id, against the schemas of the index on the classpath. It compiles
 * against jackson-databind and networknt json-schema-validator 2.0.x only.
 */
final class FacadeSource {

    /** The facade's source with %PACKAGE%, %SPECS%, %INDEX% and %CLASS% to fill (a resource: text blocks of Java trip the plugin descriptor's source parser). */
    private static final String TEMPLATE = template();

    private FacadeSource() {
    }

    /** The source text of {@code javaPackage.facadeClass}, naming {@code specs} in its Javadoc. */
    static String render(String javaPackage, String facadeClass, List<String> specs) {
        return TEMPLATE
                .replace("%PACKAGE%", javaPackage.isEmpty() ? "" : "package " + javaPackage + ";\n\n")
                .replace("%SPECS%", String.join(", ", specs))
                .replace("%INDEX%", SchemaResources.INDEX)
                .replace("%CLASS%", facadeClass);
    }

    private static String template() {
        try (InputStream in = FacadeSource.class.getResourceAsStream("facade-template.java.txt")) {
            if (in == null) {
                throw new IllegalStateException("facade-template.java.txt is missing from the plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
