package dev.chatcontracts.openapi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class BundledTreesTest {

    static final java.util.List<String> NAMES = BundledSpecs.NAMES;
    private static final ClassLoader LOADER = BundledTreesTest.class.getClassLoader();

    @ParameterizedTest(name = "{0}")
    @FieldSource("NAMES")
    void theBuildWritesEachBundledSpecsTreeAndItIsTheTreeItsYamlGives(String name) throws Exception {
        assertThat(BundledTrees.read(name, LOADER)).as("the tree the build wrote").isNotNull();
        LoadedSpec fromYaml = new SpecLoader().loadResource("openapi/" + name + ".yaml", LOADER);

        LoadedSpec bundled = new SpecLoader().loadBundled(name, LOADER);

        assertThat(bundled.tree()).isEqualTo(fromYaml.tree());
        assertThat(bundled.name()).isEqualTo(fromYaml.name());
        assertThat(bundled.location()).isEqualTo(fromYaml.location());
        assertThat(bundled.model().getPaths().keySet()).isEqualTo(fromYaml.model().getPaths().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("NAMES")
    void withoutItsTreeOrWithABrokenOneABundledSpecIsReadFromItsYaml(String name) {
        LoadedSpec fromYaml = new SpecLoader().loadResource("openapi/" + name + ".yaml", LOADER);

        assertThat(new SpecLoader().loadBundled(name, treeAs(null)).tree()).isEqualTo(fromYaml.tree());
        assertThat(new SpecLoader().loadBundled(name, treeAs("{\"openapi\": ")).tree()).isEqualTo(fromYaml.tree());
        assertThat(new SpecLoader().loadBundled(name, treeAs("[]")).tree()).isEqualTo(fromYaml.tree());
    }

    /** The test class path, its bundled trees replaced by {@code text} (none when null). */
    private static ClassLoader treeAs(String text) {
        return new ClassLoader(LOADER) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (name.endsWith(BundledTrees.SUFFIX)) {
                    return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
                }
                return super.getResourceAsStream(name);
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("NAMES")
    void limitsOtherThanTheDefaultsStillApplyToABundledSpec(String name) {
        SpecLoader small = new SpecLoader(SpecLimits.defaults().with("codePoints", 1_000));

        assertThatThrownBy(() -> small.loadBundled(name, LOADER))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("classpath:openapi/" + name + ".yaml")
                .satisfies(e -> assertThat(((SpecException) e).key()).isEqualTo("spec.tooLarge"));
    }
}
