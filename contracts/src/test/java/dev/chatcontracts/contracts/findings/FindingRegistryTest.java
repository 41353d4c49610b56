package dev.chatcontracts.contracts.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one registry of keys, default severities and message templates ({@code messages.properties}). */
class FindingRegistryTest {

    private static final FindingRegistry REGISTRY = FindingRegistry.standard();

    @Test
    void theRegistryHasExactlyTheKeysOfFindingKeysInTheirOrder() throws IllegalAccessException {
        assertThat(REGISTRY.keys()).isEqualTo(FindingKeys.ALL);
        List<String> constants = new ArrayList<>();
        for (Field field : FindingKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(constants).as("every constant of FindingKeys is in ALL, once").containsExactlyInAnyOrderElementsOf(FindingKeys.ALL);
        assertThat(FindingKeys.INCOMPLETE).isSubsetOf(FindingKeys.ALL);
    }

    @Test
    void everyKeyHasADefaultSeverityAndAMainMessage() {
        for (String key : REGISTRY.keys()) {
            assertThat(REGISTRY.defaultSeverity(key)).as(key).isPresent().get().isNotEqualTo(Severity.OFF);
            assertThat(REGISTRY.template(key, null).text()).as(key).isNotBlank();
        }
        assertThat(REGISTRY.defaultSeverity("response.field")).as("a prefix is no key").isEmpty();
    }

    @Test
    void theDefaultsOfThePolicyAreTheRegistrys() {
        SeverityPolicy defaults = SeverityPolicy.defaults();
        for (String key : REGISTRY.keys()) {
            assertThat(defaults.severityOf(key)).as(key).isEqualTo(REGISTRY.defaultSeverity(key).orElseThrow());
        }
        assertThat(defaults.severityOf(FindingKeys.REQUEST_PARAMETER_UNKNOWN)).isEqualTo(Severity.INFO);
        assertThat(defaults.severityOf(FindingKeys.RESPONSE_FIELD_UNKNOWN)).isEqualTo(Severity.WARNING);
        assertThat(defaults.severityOf(FindingKeys.RESPONSE_FIELD_TYPE)).isEqualTo(Severity.ERROR);
        assertThat(defaults.severityOf(FindingKeys.REQUEST_FIELD_READ_ONLY_ECHO)).as("not its parent's").isEqualTo(Severity.INFO);
        assertThat(defaults.severityOf(FindingKeys.REQUEST_FIELD_READ_ONLY)).isEqualTo(Severity.ERROR);
    }

    @Test
    void everyTemplateFormatsWithItsValuesAndLeavesNoPlaceholder() {
        for (MessageTemplate template : REGISTRY.templates()) {
            List<Object> values = new ArrayList<>();
            for (String name : template.placeholders()) {
                values.add(name);
                values.add("<" + name + ">");
            }
            String text = FindingMessage.variant(template.key(), template.variant(), values.toArray()).text();
            assertThat(text).as(template.id()).doesNotContain("{", "}").isNotBlank();
            template.placeholders().forEach(name -> assertThat(text).as(template.id()).contains("<" + name + ">"));
        }
    }

    @Test
    void aMessageTakesExactlyItsTemplatesValues() {
        assertThat(FindingMessage.of(FindingKeys.REQUEST_PARAMETER_UNKNOWN, "name", "foo").text())
                .isEqualTo("the operation documents no query parameter foo");
        assertThatThrownBy(() -> FindingMessage.of(FindingKeys.REQUEST_PARAMETER_UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes [name], given []");
        assertThatThrownBy(() -> FindingMessage.of(FindingKeys.REQUEST_PARAMETER_UNKNOWN, "name", "a", "extra", "b"))
                .hasMessageContaining("takes [name], given [name, extra]");
        assertThatThrownBy(() -> FindingMessage.of(FindingKeys.REQUEST_PARAMETER_UNKNOWN, "name"))
                .hasMessageContaining("name, value pairs");
        assertThatThrownBy(() -> FindingMessage.variant(FindingKeys.RESPONSE_HEADER_FORMAT, "lnk", "name", "X"))
                .hasMessageContaining("no message variant 'lnk'");
        assertThatThrownBy(() -> FindingMessage.of("response.feild.type")).hasMessageContaining("is not a finding key");
        assertThatThrownBy(() -> Finding.builder(FindingKeys.RESPONSE_FIELD_TYPE).build())
                .as("a template with placeholders needs its values").hasMessageContaining("takes [problem]");
        assertThat(Finding.builder(FindingKeys.REQUEST_BODY_MISSING).build().message())
                .isEqualTo("the operation requires a request body");
    }

    @Test
    void aFindingOfOneKeyRefusesTheMessageOfAnother() {
        FindingMessage other = FindingMessage.of(FindingKeys.REQUEST_BODY_MISSING);
        assertThatThrownBy(() -> Finding.builder(FindingKeys.RESPONSE_BODY_MISSING).message(other).build())
                .hasMessageContaining("request.body.missing given to a finding response.body.missing");
    }

    @Test
    void theMessageIsFormattedOnItsFirstReadOnly() {
        AtomicInteger formatted = new AtomicInteger();
        Object name = new Object() {
            @Override
            public String toString() {
                formatted.incrementAndGet();
                return "limit";
            }
        };
        Finding finding = Finding.builder(FindingKeys.REQUEST_PARAMETER_UNKNOWN).args("name", name).build();
        assertThat(formatted).as("built, not read").hasValue(0);
        assertThat(finding.message()).isEqualTo("the operation documents no query parameter limit");
        assertThat(finding.summary()).endsWith("no query parameter limit");
        assertThat(formatted).as("formatted once").hasValue(1);
    }

    @Test
    void aFindingDroppedAsOffIsNeverFormatted() {
        AtomicInteger formatted = new AtomicInteger();
        Object name = new Object() {
            @Override
            public String toString() {
                return "q" + formatted.incrementAndGet();
            }
        };
        FindingSink sink = new FindingSink(SeverityOverrides.fromSettings(List.of("request.parameter.unknown=OFF")), null);
        sink.add(sink.start(FindingKeys.REQUEST_PARAMETER_UNKNOWN).args("name", name));
        sink.add(FindingKeys.REQUEST_BODY_MISSING, "a JSON body", "no body");
        assertThat(sink.findings()).extracting(Finding::key).containsExactly(FindingKeys.REQUEST_BODY_MISSING);
        assertThat(formatted).hasValue(0);
    }

    @Test
    void theFormatIsCheckedWhenRead() {
        assertThat(FindingRegistry.parse(List.of("# c", "", "a.b.severity=WARNING", "a.b.message=x {y} z",
                "a.b.message.other=w")).templates()).extracting(MessageTemplate::id).containsExactly("a.b", "a.b#other");
        assertThatThrownBy(() -> FindingRegistry.parse(List.of("a.b.severity=ERROR", "a.b.severity=INFO", "a.b.message=x")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> FindingRegistry.parse(List.of("a.b.severity=OFF", "a.b.message=x"))).hasMessageContaining("OFF");
        assertThatThrownBy(() -> FindingRegistry.parse(List.of("a.b.message=x"))).hasMessageContaining("needs both");
        assertThatThrownBy(() -> FindingRegistry.parse(List.of("a.b.severity=ERROR"))).hasMessageContaining("no message");
        assertThatThrownBy(() -> FindingRegistry.parse(List.of("a.b.severity=ERROR", "a.b.message.v=x")))
                .hasMessageContaining("needs both");
        assertThatThrownBy(() -> FindingRegistry.parse(List.of("a.b.severity=ERROR", "a.b.message=x {y z}")))
                .hasMessageContaining("a brace that is no {name}");
        assertThatThrownBy(() -> FindingRegistry.parse(List.of("a.b.colour=red"))).hasMessageContaining("neither");
    }
}
