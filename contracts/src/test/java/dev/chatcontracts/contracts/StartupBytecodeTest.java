package dev.chatcontracts.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatcontracts.contracts.cli.ChatContractsCli;
import dev.chatcontracts.openapi.model.SpecLoader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build compiles string concatenation to {@code StringBuilder} code ({@code -XDstringConcat=inline} in the root
 * pom), not to {@code invokedynamic} call sites that the JVM links by generating classes the first time each runs:
 * the {@code validate} CLI on 10,000 exchanges defined 288 classes while it ran, 159 of them {@code LambdaForm}s,
 * most of those to link concatenations and records' {@code equals}/{@code hashCode}, and compiled the JDK's bytecode
 * writer to do it (benchmarks README, "eighth pass"). Fails when a module is built without the setting.
 */
class StartupBytecodeTest {

    private static final byte[] CONCAT_BOOTSTRAP = "makeConcatWithConstants".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"contracts", "openapi"})
    void noClassConcatenatesStringsThroughInvokedynamic(String module) throws Exception {
        Class<?> anchor = module.equals("contracts") ? ChatContractsCli.class : SpecLoader.class;
        TreeMap<String, byte[]> classes = classFiles(anchor);

        assertThat(classes).as("class files of %s", module).hasSizeGreaterThan(20);
        List<String> concatenating = new ArrayList<>();
        classes.forEach((name, bytes) -> {
            if (contains(bytes, CONCAT_BOOTSTRAP)) {
                concatenating.add(name);
            }
        });
        assertThat(concatenating).as("classes of %s linking StringConcatFactory", module).isEmpty();
    }

    /** Every class file where {@code anchor} was loaded from: a folder (a reactor build) or a jar. */
    private static TreeMap<String, byte[]> classFiles(Class<?> anchor) throws IOException, URISyntaxException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        TreeMap<String, byte[]> classes = new TreeMap<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    classes.put(root.relativize(file).toString(), Files.readAllBytes(file));
                }
            }
            return classes;
        }
        try (JarFile jar = new JarFile(root.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        classes.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return classes;
    }

    private static boolean contains(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
