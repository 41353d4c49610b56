package dev.chatcontracts.contracts.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each matcher type against the field types it fits and the ones that contradict it. */
class MatcherRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} on {1} (example {2}): contradicts={3}")
    @CsvSource(delimiter = '|', value = {
        "{\"match\":\"integer\"}                     | string          | '\"a\"'  | true",
        "{\"match\":\"integer\"}                     | boolean         | true     | true",
        "{\"match\":\"integer\"}                     | integer         | 1        | false",
        "{\"match\":\"integer\"}                     | number          | 1        | false",
        "{\"match\":\"number\"}                      | string          | '\"1\"'  | true",
        "{\"match\":\"decimal\"}                     | integer         | 1        | true",
        "{\"match\":\"decimal\"}                     | number          | 1.5      | false",
        "{\"match\":\"boolean\"}                     | string          | '\"x\"'  | true",
        "{\"match\":\"boolean\"}                     | boolean         | true     | false",
        "{\"match\":\"timestamp\",\"timestamp\":\"yyyy\"} | integer    | 4        | true",
        "{\"match\":\"date\",\"format\":\"yyyy-MM-dd\"}   | string     | '\"2020-01-01\"' | false",
        "{\"match\":\"time\"}                        | number          | 1.5      | true",
        "{\"match\":\"include\",\"value\":\"a\"}     | boolean         | true     | true",
        "{\"match\":\"include\",\"value\":\"a\"}     | string          | '\"ab\"' | false",
        "{\"match\":\"null\"}                        | string          | null     | true",
        "{\"match\":\"null\"}                        | nullable string | null     | false",
        "{\"match\":\"regex\",\"regex\":\"^\\\\d+$\"} | string         | 42       | true",
        "{\"match\":\"regex\",\"regex\":\"^\\\\d+$\"} | integer        | 42       | false",
        "{\"match\":\"regex\",\"regex\":\".*\"}      | object          | '{}'     | true",
        "{\"regex\":\"^a$\"}                         | string          | '\"a\"'  | false",
        "{\"match\":\"type\"}                        | string          | 1        | true",
        "{\"match\":\"type\"}                        | any             | 1        | false",
        "{\"match\":\"type\",\"min\":50}             | array max 40    | '[]'     | true",
        "{\"match\":\"type\",\"min\":1}              | array max 40    | '[]'     | false",
        "{\"match\":\"type\",\"max\":1}              | array min 2     | '[]'     | true",
        "{\"min\":1}                                 | array max 40    | '[]'     | false",
        "{\"match\":\"equality\"}                    | string          | 1        | false"})
    void matchersAgainstFieldTypes(String matcher, String field, String example, boolean contradicts) throws Exception {
        assertThat(MatcherCheck.contradiction(JSON.readTree(matcher), types(field), List.of(JSON.readTree(example))))
                .as(matcher + " on " + field).matches(reason -> reason.isPresent() == contradicts);
    }

    private static FieldTypes types(String field) {
        return switch (field) {
            case "any" -> new FieldTypes(Set.of(), true, true, 0, null);
            case "nullable string" -> new FieldTypes(Set.of("string"), false, true, 0, null);
            case "array max 40" -> new FieldTypes(Set.of("array"), false, false, 0, 40);
            case "array min 2" -> new FieldTypes(Set.of("array"), false, false, 2, null);
            default -> new FieldTypes(Set.of(field), false, false, 0, null);
        };
    }

}
