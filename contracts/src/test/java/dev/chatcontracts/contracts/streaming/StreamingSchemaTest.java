package dev.chatcontracts.contracts.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatcontracts.openapi.testing.Fixtures;
import dev.chatcontracts.openapi.schema.JsonSchemaConverter;
import dev.chatcontracts.openapi.schema.SchemaView;
import dev.chatcontracts.openapi.model.BundledSpecs;
import dev.chatcontracts.openapi.model.LoadedSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What compiles, and what is rejected (naming the keyword and where), rather than silently ignored. */
class StreamingSchemaTest {

    @Test
    void compilesEveryDocumentTheConverterMakesOfTheBundledSpecs() {
        for (LoadedSpec spec : BundledSpecs.all()) {
            JsonSchemaConverter converter = new JsonSchemaConverter(spec.tree());
            spec.tree().path("components").path("schemas").fieldNames().forEachRemaining(name -> {
                for (SchemaView view : SchemaView.values()) {
                    assertThatCode(() -> StreamingSchema.compile(converter.component(name, view)))
                            .as("%s %s %s", spec.name(), name, view).doesNotThrowAnyException();
                }
            });
        }
    }

    @Test
    void ignoresAnnotationsAndExtensions() {
        StreamingValidator validator = new StreamingValidator(StreamingSchema.compile(Fixtures.json(
                "{'title':'t','description':'d','examples':[1],'default':2,'deprecated':true,'readOnly':true,"
                        + "'writeOnly':false,'$comment':'c','x-internal':{'any':'thing'},'type':'integer'}")));

        assertThat(validator.validate(Fixtures.json("1"))).isEmpty();
        assertThat(validator.validate(Fixtures.json("'x'"))).extracting(StreamingViolation::keyword).containsExactly("type");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{'uniqueItems':true}                                   | 'uniqueItems' at #",
        "{'properties':{'a':{'patternProperties':{'x':{}}}}}    | 'patternProperties' at #/properties/a",
        "{'prefixItems':[{}]}                                   | 'prefixItems' at #",
        "{'unevaluatedProperties':false}                        | 'unevaluatedProperties' at #",
        "{'$id':'https://example.com/s'}                        | '$id' at #",
        "{'nullable':true,'type':'string'}                      | 'nullable' at #",
        "{'discriminator':{'propertyName':'type'}}              | 'discriminator' at #",
        "{'items':{'$schema':'https://json-schema.org/draft/2020-12/schema'}} | '$schema' at #/items",
        "{'$schema':'http://json-schema.org/draft-07/schema#'}  | '$schema' at #",
        "{'$ref':'https://example.com/other.json'}              | '$ref' at #",
        "{'$ref':'#anchor'}                                     | '$ref' at #",
        "{'$ref':'#/$defs/missing'}                             | '$ref' at #",
        "{'minLength':-1}                                       | 'minLength' at #",
        "{'type':'str'}                                         | 'type' at #",
        "{'pattern':'('}                                        | 'pattern' at #",
        "{'items':[{}]}                                         | 'items' at #",
        "{'enum':'a'}                                           | 'enum' at #",
        "{'multipleOf':0}                                       | 'multipleOf' at #",
        "{'anyOf':[]}                                           | 'anyOf' at #",
        "{'$defs':{'a':{'$ref':'#/$defs/b'},'b':{'$ref':'#/$defs/a'}}} | '$ref' at #/$defs/",
    })
    void rejectsWhatItDoesNotImplementNamingKeywordAndLocation(String schema, String expected) {
        assertThatThrownBy(() -> StreamingSchema.compile(Fixtures.json(schema)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void rejectsASchemaThatAppliesItselfToTheSameValue() {
        assertThatThrownBy(() -> StreamingSchema.compile(Fixtures.json("{'$defs':{'a':{'allOf':[{'$ref':'#/$defs/a'}]}}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("#/$defs/a").hasMessageContaining("applies itself");
    }

    @Test
    void acceptsRecursionThroughPropertiesAndItems() {
        StreamingValidator validator = new StreamingValidator(StreamingSchema.compile(Fixtures.json(
                "{'type':'object','properties':{'children':{'type':'array','items':{'$ref':'#'}},'n':{'type':'integer'}}}")));

        assertThat(validator.validate(Fixtures.json("{'children':[{'children':[{'n':'x'}]}]}")))
                .extracting(StreamingViolation::instancePointer).isEqualTo(List.of("/children/0/children/0/n"));
    }
}
